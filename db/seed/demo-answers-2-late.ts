/**
 * The finished demo cohort's answers to days 13-30 of the second edition (days 1-12 come from
 * ./demo-answers-2): two exercise answers and two reflections a day, short and plausible,
 * picked per person. Original text.
 */
import type { DemoAnswers } from "./demo-answers-2";

export const DEMO_ANSWERS_2_LATE: Record<number, DemoAnswers> = {
  13: {
    exercise: [
      "Eleven requests, four of them only in Slack. Moves the outcome: 3. Protects it: 2. Neither: 6. The no goes to Lena in sales: 'You need the export to close two renewals. This quarter we are cutting checkout failures, and the export would take a third of it. I can give you a CSV script by Friday; the full export comes back at planning in July.'",
      "Nine requests. Three I had answered with 'let's see', which is a soft yes. Writing the no to the data team about the custom dashboard: the problem, why not now, the saved query we can share instead, and a date to revisit.",
    ],
    reflection: [
      "The audit-log feature. I keep telling Omar it's 'next sprint'. He has planned his own quarter around it.",
      "The API rate-limit change marketing wants. My soft yes means they keep promising it to partners.",
    ],
  },
  14: {
    exercise: [
      "Review: blameless, this week, written by Jonas with me as editor. Customers: one honest status note Thursday, no new dates. Jonas: the review stays about the deploy gate; the missed handover is a separate one-on-one on Friday, with the two examples written down.",
      "The conflict is the customer promise against Jonas's time. Decision: the review first, the promise waits a week and I tell the partner myself. Performance note kept out of the review entirely.",
    ],
    reflection: [
      "By separating them on the calendar: the review on Tuesday, the behaviour conversation on Friday, never in the same room.",
      "I'll write the review's questions before I think about the person, so the system gets looked at first.",
    ],
  },
  15: {
    exercise: [
      "Four must-dos for the backend hire: ship a change to billing safely in month two; debug a queue backlog on call; review a PR kindly and specifically; explain a trade-off to the PM. Mapped each to one interview: pairing, incident walk-through, review exercise, design chat. First week: laptop ready, a buddy, a real ticket by Wednesday.",
      "Wrote the six-month outcomes, then noticed our loop tests none of the people ones. Replaced the trivia round with a feedback role-play. First week plan sent to the buddy.",
    ],
    reflection: [
      "Mostly a feeling, honestly. I liked how she talked about her last team. I could not point to one answer.",
      "The last no was evidence: the system design was weak. The last yes was half vibe.",
    ],
  },
  16: {
    exercise: [
      "Ten changes: median merge-to-production 26 hours, worst 4 days. Most of the wait is the manual staging sign-off, which only two people can do. Attacking that: a checklist anyone on the team can run.",
      "Median 9 hours, but three changes waited over a day for the nightly deploy window. Proposal: two deploy windows a day for a month, then compare.",
    ],
    reflection: [
      "The 12-minute test suite. We all go make coffee. Nobody has asked why it's 12.",
      "Flaky end-to-end tests. We re-run and move on, so nobody counts the hours.",
    ],
  },
  17: {
    exercise: [
      "Three debts: the old payments adapter (slows every change), hand-rolled auth middleware (incidents), the reporting SQL nobody understands (time lost). The roadmap goes through payments. Case: two weeks now saves roughly a day per payments change, and we plan eight this half.",
      "The one in the path is the config system: every new market means copying files by hand. Case written as cost per new country, with the last two launches as evidence.",
    ],
    reflection: [
      "The feature flags were deliberate, a shortcut for launch. The test fixtures just piled up.",
      "Deliberate: skipping the migration tool for the pilot. Piled up: the two logging libraries.",
    ],
  },
  18: {
    exercise: [
      "Last two times: 'Are you sure?' and 'We don't have time for that.' Neither person has brought me a problem since. For the caching disagreement between Ana and Raj, I'll ask each to argue the other's side first, then decide by Thursday with a written reason.",
      "My first words were questions both times, which was better than I feared. The live disagreement is on-call ownership. I'll set a 30-minute meeting with one rule: decide, or decide who decides.",
    ],
    reflection: [
      "That the reorg plan is already known and they are worried. Probably that I look stressed, so they protect me.",
      "That one of the seniors is interviewing elsewhere. I suspect I react to bad news by fixing things, not listening.",
    ],
  },
  19: {
    exercise: [
      "Seven numbers. Keep: change failure rate, support tickets per release. Pair: velocity with escaped bugs. Retire: lines of code in the weekly update and 'tickets closed', which nobody decides anything with.",
      "We show story points per person. Retiring it this week. Keeping lead time, pairing it with a monthly customer-impact note.",
    ],
    reflection: [
      "Sprint velocity. It rewarded splitting tickets and avoiding anything uncertain.",
      "Uptime. It quietly rewarded never deploying on Fridays, or on Thursdays.",
    ],
  },
  20: {
    exercise: [
      "Five tickets, three about the same confusing invoice email. Question for the team: why does the invoice show the old plan name? Booked a call with one of the customers for Tuesday, Mira from the team is joining.",
      "Read five tickets in one sitting, which I had never done. Two were bugs we closed as 'works as designed'. Call booked with a customer's admin; the on-call engineer is coming.",
    ],
    reflection: [
      "Months ago, at the conference. If it happened every couple of weeks, we'd argue less about priorities.",
      "Never, as far as I know. The ticket queue would stop feeling like someone else's problem.",
    ],
  },
  21: {
    exercise: [
      "Fourteen asks this week, nine of them process. Dropping the tooling survey, delaying the hiring rubric by a week, accepting the incident follow-up only if the launch review moves. Message to my manager drafted with the trade-off spelled out.",
      "Delay: the quarterly deck. Accept: the customer escalation, on the terms that Sam leads it. Drop: my own refactoring ticket. Told my manager in one paragraph.",
    ],
    reflection: [
      "My one-on-ones. I moved three, and I would never have chosen that on purpose.",
      "Code review. I rubber-stamped two PRs, and one of them caused Friday's bug.",
    ],
  },
  22: {
    exercise: [
      "Handing the release planning to Priti. Limits: no date commitments to sales without me, budget as agreed. Autonomy: decide and tell me after. Written in her one-on-one doc and agreed.",
      "Handing the vendor evaluation to Kofi at 'recommend, then I decide' for this round, 'decide and inform' next time. Wrote down what I care about: cost, lock-in, support.",
    ],
    reflection: [
      "The architecture reviews. Dev is ready and bored, and that is on me.",
      "Incident command. I'm good at it, so nobody else has led one in a year.",
    ],
  },
  23: {
    exercise: [
      "The dependency: the identity team's token service, needed for our July date. Written ask: a versioned endpoint by June 15, our team writes the client and the tests. If refused, a joint note to both managers with the two options and their costs.",
      "Platform team's new CI runners. I guessed they see us as pushy; asked their lead, who said 'unpredictable'. Rewrote the ask with a fixed scope and our share of the work.",
    ],
    reflection: [
      "Platform. Their lead would say we arrive late with urgent requests. Fair.",
      "The data team. They'd say we're friendly but never read their docs.",
    ],
  },
  24: {
    exercise: [
      "Being pushed towards an LLM support assistant. Problem without the tech: agents spend 40% of their time finding the right help article. Smallest test: a search improvement for two weeks, measured on handling time. Bet written and sent to the VP.",
      "The push is a new event-streaming platform. The real problem is three teams polling the same database. Smallest test: one change feed for one consumer, a month, compared on load and on-call pages.",
    ],
    reflection: [
      "Suspicion. It makes me ask about costs first, and I forget to ask what it would make possible.",
      "Excitement, then guilt about the excitement. I ask too few questions about who maintains it.",
    ],
  },
  25: {
    exercise: [
      "For Lucía, who asked about senior. Level description open, three pieces of evidence I saw myself (the migration plan, mentoring the new hire, the incident review), one gap (cross-team influence). Conversation on Thursday starts with the gap, not the verdict.",
      "For Ben, who should be asking and isn't. Two strong examples, one gap in writing design docs. Will offer him the next one to lead.",
    ],
    reflection: [
      "Tom. He thinks his on-call work counts for more than it does in the rubric. I'll tell him next week.",
      "Aisha would be surprised by the feedback on meetings. Telling her in Monday's one-on-one.",
    ],
  },
  26: {
    exercise: [
      "Three repeats: missing migrations rollback plan (twice), secrets in logs, the same review comment about error handling. Guardrail proposal: a PR template line for rollback, plus a linter rule for logged secrets. On Wednesday's agenda.",
      "The repeat is forgetting the feature flag cleanup. Proposal: flags get an expiry date at creation and a weekly bot reminder.",
    ],
    reflection: [
      "The two-approver rule for config changes. I'd check how often the second reviewer found anything.",
      "No deploys after 3pm, from an outage in 2022. I'd look at incidents by hour of day.",
    ],
  },
  27: {
    exercise: [
      "Impact review of the new onboarding flow. Outcome written before: activation up 10%. Actual: up 4%, and support tickets down. Decisions: keep the checklist, drop the video step, rework the email sequence.",
      "Nobody wrote an outcome for the bulk-edit feature, so I wrote what it was meant to change. Usage is two customers. Decision: keep it, stop investing, tell sales.",
    ],
    reflection: [
      "The weekly PDF report. Nobody reads it. Stopping it needs the CFO's nod.",
      "The legacy admin panel. Stopping it needs support to agree, and they've never been asked.",
    ],
  },
  28: {
    exercise: [
      "The change: moving to a shared on-call rota with the mobile team. As the team will live it: more nights, less ownership. Losses: Maya loses being the expert, everyone loses some evenings. Plan: name the losses in the team meeting, trial for six weeks, review together.",
      "Change: the new planning process. Who loses what: the tech leads lose their backlog control. Starting from that conversation, not from the process doc.",
    ],
    reflection: [
      "When we moved to open-plan, I lost quiet time to think, and nobody ever said that was a real loss.",
      "A rewrite I lived through took away the code I'd built for years. Nobody acknowledged that it mattered.",
    ],
  },
  29: {
    exercise: [
      "Calendar audit: people 30%, process 35%, product 10%, own code 15%, other 10%. Decision from Monday: a protected product hour on Tuesdays with the PM, and I stop attending the infra sync.",
      "Product 5%, people 40%, process 45%. Stopping: the daily status meeting, replaced by a written update. Starting: a weekly customer call slot.",
    ],
    reflection: [
      "Stopping my own code. It gives me the feeling of having finished something.",
      "The infra sync. It makes me feel informed, even though I could read the notes.",
    ],
  },
  30: {
    exercise: [
      "Final assessment done. Hindsight: my day-1 self was kinder about People than I now think was true. Report: Product still lowest but up from 1.8 to 3.0. Commitment for the next thirty days: the Tuesday product hour, every week, and I report on it to my manager.",
      "Took the final assessment first, then the look back. Balance went from 48 to 76. Commitment: one customer conversation a fortnight with an engineer, and a monthly impact review.",
    ],
    reflection: [
      "Process. When things got hard, I ran more meetings, and Product paid for it.",
      "People. I leaned on one-on-ones to feel in control, and the roadmap drifted.",
    ],
  },
};
