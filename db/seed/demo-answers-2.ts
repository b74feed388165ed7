/**
 * The demo cohort's texts for the second edition of the course (content/editions/2): answers for
 * days 1-12, the facilitator's feedback, the cohort's conversation and the live sessions' titles.
 * Same people, days and shapes as the first edition's constants. Original text.
 */
import { DEMO_PARTICIPANT_EMAIL } from "./demo-people";

/** A demo participant's answers to one day: four exercise answers and four reflections, picked per person. */
export type DemoAnswers = { exercise: string[]; reflection: string[] };

export const DEMO_ANSWERS_2: Record<number, DemoAnswers> = {
  1: {
    exercise: [
      "Guess: lean on Process, neglect Product. The assessment agreed: Product was lowest, three 1s out of four. Moment: I let the pricing page redesign into the sprint without asking what it was supposed to change. Cost: the team can't tell a quick win from busywork, so everything gets the same effort.",
      "I guessed I neglect People. Wrong: People came out in the middle and Process was lowest (two 1s, the rest 2s). Moment: our release checklist failed twice this month and both times I fixed it by hand instead of changing it. Cost: Ravi and Jo now wait for me before every deploy.",
      "Guess: lean People, neglect Process.\nLowest: Product, 14 of 40.\nMoment: when our CEO asked which of our three bets was working, I forwarded the question to our PM.\nCost: my engineers hear priorities second-hand and never push back on any of them.",
      "Wrote 'People strong, Product weak' before starting. Picking the lower rating when torn dropped People from 3s to 2s, and it ended up lowest after all. Moment: I cancelled Grace's one-on-one twice for incident calls. Cost: she's the quiet one, and I have no idea how her first on-call week went.",
    ],
    reflection: [
      "Mechanical. They'd point at standup, where everyone reads their ticket aloud and nobody asks a question, and at a roadmap slide that hasn't changed since March.",
      "Chaotic. They'd point at the Slack channel where three different people can drop 'urgent' work in, and at me saying yes to all three last Tuesday.",
      "Disconnected, I think. Two halves of the team in two time zones who mostly meet in PR comments. Someone would mention that the Lisbon half learned about the reorg from a calendar invite.",
      "Somewhere between chaotic and mechanical. They'd bring up the migration that has been 'two weeks from done' since February, and they'd be right.",
    ],
  },
  2: {
    exercise: [
      "Last two weeks: 5 PRs. 2 were blocking someone (the auth token fix, a flaky test), 3 someone else could have done, 0 only me. Rule: I take small fixes that aren't on anyone's critical path and nothing with a deadline; anything only I understand, I pair on and hand over. Talk with Eitan booked for Thursday 14:00.",
      "Rule: I write tooling and prototypes, never a ticket in the sprint; anything I understand alone gets a pairing session and a new owner. Opening for Sam: 'I write your review now, and that's awkward for both of us. I still want your view on the architecture first. What do you need from me that you're not getting?' Booked for the 12th.",
      "Counted 9 items, more than I thought. Blocking: 3 (I was the reviewer everybody waited for). Anyone could have done: 5. Only me: 1, the billing reconciliation script, which is exactly the problem. Rule: no code on the critical path, at most one small learning task per sprint. Conversation with Nadia on Monday.",
      "Opening for Felipe, who shared a desk with me for four years: 'We used to complain about our manager together, and now I'm the manager. I'd rather say that out loud than pretend. What would you have said about me to a peer that you'd keep to yourself now?' Rule: reviews and pairing yes, features no. Wednesday, 30 min, in the calendar.",
    ],
    reflection: [
      "Reviewing every backend PR. I tell myself the team needs it, but two of them review better than I do now. It's where I still feel useful at 5pm.",
      "On-call. The rota honestly does need another person, but I also like that during an incident I know exactly what to do, which is rarely true the rest of the week.",
      "Debugging production. Partly need: nobody else knows the old queue system. Partly comfort: it's the one hour a day when nobody asks me to decide something.",
      "Architecture decisions. I keep making them because it's quicker, but if I'm honest it's the only part of the job where I'm sure I'm good.",
    ],
  },
  3: {
    exercise: [
      "Goal: cut support cost per order 20% this fiscal year. Item: self-service returns. Output: a return flow in the app. Outcome: customers start returns themselves instead of emailing support. Leading indicator: share of returns started in-app, 18% today, target 50% by Oct 31. Next 10: 4 linked, 4 keep-it-running, 2 no link. Questioning the gift-wrap ticket.",
      "Department goal, as given: 'Grow SMB self-serve ARR to $4M.' Biggest item: the new onboarding checklist. Outcome: new admins invite a teammate in their first week. Indicator: week-1 invite rate, unknown, Jess in analytics has it. Impact: seats per account. Ten items: 3 linked / 5 KTLO / 2 none. I'll question custom logo upload on Monday.",
      "Goal: 'reduce involuntary churn'. No number given, which is a finding in itself. Output: card updater integration. Outcome: customers with expiring cards update them before renewal fails. Indicator: failed renewals per week, 140 today, target 80 by end of Q2. Only 2 of my next 10 items link; 6 are keep-it-running. Questioning the invoice PDF redesign.",
      "Goal: 95% on-time delivery for hospital customers. Item: driver app route sync. Outcome: drivers follow the suggested route instead of their own. Leading indicator: share of stops done in suggested order, unknown (ask Tariq). Check date June 15. Next ten: 5 linked, 3 KTLO, 2 none. I'll ask why the dark-mode ticket is in this sprint.",
    ],
    reflection: [
      "My VP would notice, but probably as 'the team went quiet'. Our monthly update is a list of things shipped. I'd count it as a good month; I'm not sure I'd be rewarded for it.",
      "Honestly, no. Nobody above me looks at the activation number; they read the release notes. That's what I want to change, starting with how I write my own update.",
      "Our CFO would notice fewer failed payments within a week, so yes. The harder part is my team: they measure themselves in merged PRs and would feel they'd done nothing.",
      "I'd count it as a great month. Whether anyone notices depends on whether I tell them, and I usually report features because they're easier to screenshot.",
    ],
  },
  4: {
    exercise: [
      "Item: a one-line fix to tax rounding. Work: 3h coding, 1h review. Wait: 2 days in the review queue, 4 days for the Tuesday release train. 8 calendar days in all. WIP 19, throughput about 7 a week, so ~2.7 weeks cycle time. Longest wait: the release train. Question: what would we need to trust a deploy on any weekday?",
      "Picked the CSV encoding bug: 5h of work, 11 days to customers. It sat in 'ready for QA' for 6 days because QA is shared with two other teams. WIP 24 / throughput 6 = 4 weeks. Ouch. Question for the team: which of our changes really need a separate QA pass, and who decided that?",
      "From Jira, GitHub and Argo: ticket created Mon, started the next Thu, PR opened Fri, approved the following Wed, merged Thu, flag turned on 9 days later. Work about 1.5 days, the rest waiting. The flag wait is the longest. WIP 12, ~4 done a week. Question: who is meant to turn flags on, and when?",
      "Small API field for the mobile team. Work about 6h. Then 5 days waiting for a schema review from the data platform group and 2 days for the mobile release. WIP 15, throughput 5 a week, ~3 weeks. Question: why does an additive schema change need the same review as a breaking one?",
    ],
    reflection: [
      "Requests that arrive by DM to individual engineers. There's no column for them, but I think they eat a day a week for our two most senior people.",
      "Legal sign-off on anything that touches customer data. It happens in email threads I'm not on, and the board just shows the ticket 'in progress'.",
      "PRs waiting for someone in another time zone to wake up. Everybody knows it happens, and we joke about it at standup, but nobody has ever measured it or put it on the board.",
      "Mine. Decisions waiting on me, mostly about priorities and scope, show up as stalled tickets with nobody's name on the delay, so it looks like the engineers are slow.",
    ],
  },
  5: {
    exercise: [
      "Status share: Ade 80%, Mia 50%, Jon 60%, Kat 90%. Started a shared doc with Kat (her topics first, then mine, commitments, themes) and sent it. Questions: What slows you down that isn't code? Which work do you want more of, or less? And when she brings a problem: 'What have you already tried?' Unknown: whether she wants to lead the search rewrite.",
      "Six reports, around 60% status on average; worst is Hugo at maybe 85% (he walks me through his board). Shared doc sent Tuesday. The coaching question I'll have to force myself to ask before answering: 'What do you think the options are?' What I don't know: how he feels about being passed over for tech lead.",
      "I couldn't remember three one-on-ones with two of my reports because I'd cancelled them. For the rest, about 70% status. Picked Laila and sent the doc. Questions: friction this month? more or less on-call? and, for problems, 'what would you do if I weren't here?' I suspect she's unhappy about the move to the payments squad.",
      "Estimates: Tom 75%, Bea 40%, Yusuf 90%. Yusuf's doc is shared, his agenda on top. Q1: where did you wait on others this week? Q2: what work would you drop if you could? Q3, for problems: 'what's the real challenge here for you?' Unknown: whether he's thinking of going back to an IC role somewhere else.",
    ],
    reflection: [
      "'I've been doing the same integration work for two years.' Deniz has never complained, and I took that as contentment. I've never actually asked what he'd rather be doing.",
      "That I'm never available. I moved our one-on-ones four times last month for escalations, and each time they said 'no worries'. I believed them, which was convenient for me.",
      "Pay against the market. Two people from the team next door left for 25% more, and nobody on mine has raised it with me, which probably means they talk about it somewhere else.",
      "That they don't trust where the product is going. I hear it as jokes in retros, never in one-on-ones, which says something about my one-on-ones.",
    ],
  },
  6: {
    exercise: [
      "Sent Priscilla a weekly 30-minute invite; accepted within the hour. Next three: bulk edit (joined after the mockups), SSO (joined at the problem), reporting v2 (solution chosen on a sales call). Draft: she owns what and why, I own how and when; she tells me about customer commitments before they're made; stuck disagreements go to our directors as a one-pager.",
      "We had a one-on-one already, but it was cancelled 3 of the last 4 weeks. Rebooked it. Roadmap: 0 of 3 items where engineering was in the problem discussion. That stung. My question this week: 'What are customers doing today instead of the audit export?' Draft agreement sent to him Thursday.",
      "Next three: offline mode (solution chosen), new pricing tiers (problem, we were in from day one), push notification settings (solution). The hardest part of the half page was disagreements; we landed on 'time-box it to a week, then whoever lives with it longer decides'. Sent it to Ellen to edit.",
      "Invite sent for Mondays. Items: 1) partner API, joined at solution; 2) checkout redesign, solution (we got a Figma file); 3) fraud rules, problem. Question for Omar: what's the need behind the checkout redesign, conversion or complaints? The draft covers who decides, early warnings and what we escalate.",
    ],
    reflection: [
      "A flat yes, to a 'quick' CSV export. It took three sprints. Options with costs would have shown it could be a scheduled email report in two days.",
      "A no, because we were mid-migration. Options would have let her choose: a smaller version now or the whole thing in six weeks. She went to my boss instead.",
      "A yes, with a sigh she could probably hear. With options she'd have known the cost was the performance work she had also asked for.",
      "Options, for once, and it worked: she picked the cheaper version and we shipped in a week. I'm realising it only happened because I was too tired to argue.",
    ],
  },
  7: {
    exercise: [
      "Product: the partner deal matters. Process: overriding an honest estimate teaches everyone estimates are decoration. People: two engineers just came off a brutal migration. Options: full scope late (partner), half scope on the date (customer), crunch (team). Decision: core flow on the date, bulk import dropped, revisited if the partner says bulk is the deal-breaker.",
      "Used Maya's case. Options: meet the date with overtime (the team pays), cut substitutions to one rule (customers), move the date two weeks (the partner, and sales' credibility). I'd move the date and offer a preview build. Message to Rosa, 120 words: the decision, the cost to the sales relationship, and that I need her on the partner call by Friday.",
      "My own: our CEO promised a bank pilot the audit trail by 1 March; our 50% date is 20 March. Decision: read-only audit trail by 1 March, export and filters by the 20th, trading a complete first impression for a rested team. I'd change it if export is a legal requirement for them. The 110-word message asks my director to have that conversation with the bank.",
      "Three options: cut scope (the customer gets less), add a contractor (the system: onboarding time, code nobody owns), slip a month (the partner and me, since I'd have to tell sales). Decision: cut scope, no contractor. Message to my manager: decision, cost, and one ask, that she backs me when sales escalates.",
    ],
    reflection: [
      "People paid. We hit the launch by cancelling everyone's focus weeks, and the team found out at sprint review, after I'd already agreed.",
      "Process: we skipped the load test to make the date. The system paid with an incident two weeks later, and the engineer on call certainly didn't know beforehand.",
      "Product. We shipped on time with reporting half done, and customer success learned about the gap from a customer. They should have heard it from me.",
      "The team, mostly Ingrid, who carried the weekend work. She knew, because I asked her, but I'm not sure 'can you?' from your manager counts as a real choice.",
    ],
  },
  8: {
    exercise: [
      "Praise, sent in Slack: 'In Tuesday's incident you posted an update every 15 minutes in #incidents, and support stopped pinging us for news.' Corrective: in Thursday's planning Marek cut Ana off twice while she explained her estimate, and we skipped her concern about the migration. Question: 'How did that discussion look from your side?' Booked Friday 10:00.",
      "Crossing out 'defensive' and 'always' left much less to say and more to point at: in last Monday's design review, Kai resolved three doc comments without replying to them. Instead I'd like a reply to each, even if it's 'disagree, here's why'. I'll look for it at the review on the 24th and tell him what I saw.",
      "Praise, said in person: Lola wrote the rollback steps before the payments deploy, and when it failed we were back in 4 minutes. Corrective, about demos: in the last two sprint reviews Ben showed work that wasn't merged, and our PM told a customer it was live. Open question: 'What state was it in when you showed it?' Slot: Wednesday.",
      "Situation: the incident review on the 3rd. Behaviour: Sasha said 'this was obviously a QA miss' with QA in the room. Impact: Tobi from QA didn't speak again for the rest of the meeting. Question after: 'What did you want that meeting to achieve?' What I want instead: questions before conclusions. Checking at the next review, on the 17th.",
    ],
    reflection: [
      "My old tech lead told me my PR descriptions made reviewers guess what I'd tested, and showed me two side by side. It landed because it was specific and she offered to review my next one first.",
      "A peer said, right after a planning meeting, 'you answered three questions that were meant for your engineers'. Same day, in private, and true. I still catch myself.",
      "Years ago a director told me, 'I stop reading your status emails at the second paragraph.' No blame, just what happened. It stung, and I've written short ones ever since.",
      "I struggle to think of one. Most of my feedback came in annual reviews, vague and six months late. Maybe that's why I find it hard to give.",
    ],
  },
  9: {
    exercise: [
      "Last three retros: 7 actions. Done 1, partly 2, not done 4. Repeated: flaky end-to-end tests, in all three. CI history: 31 reruns in two weeks. Experiment: quarantine any test that fails twice without a code change; suggested owner Petra; check in two weeks; signal: reruns per week. Opening: 'Three retros, one complaint. Let's try one thing.'",
      "No notes for two of the three retros, which is a finding in itself. From memory, 'fix staging' came up every time. On-call log: 9 out-of-hours pages from staging alerts that shouldn't page anyone. Draft: mute staging alerts out of hours for two weeks, owner chosen by the team, signals: pages and any real issue we missed.",
      "5 actions, 0 fully done. Ouch. Repeated problem: 'too many interruptions'. Number: 38 messages in #team-requests last week, 14 from one sales engineer. Experiment: a rotating shield who takes all requests for a week; check on the 28th; signal: requests the rest of us handled. Opening: 'Last time we said interruptions. Here's what the channel says.'",
      "Marked 6 actions: 2 done, 1 partly, 3 not. The repeat: code reviews take too long. GitHub says median time to first review is 19 hours. Draft: everyone reviews first thing before lunch; suggested owner Femi; check two weeks out; signal: median time to first review. I'll open the retro with the 19 hours.",
    ],
    reflection: [
      "On-call load. They raised it for months, nothing changed, and sometime in spring it just disappeared from the board. I doubt it got better.",
      "Anything about product direction. After our PM said 'that's out of scope for retro' in January, nobody has raised it again, and I didn't step in when it happened.",
      "The deploy pipeline. The last time anyone raised it was when I said 'we'll get to it next quarter', which was two quarters ago. They took the hint better than I meant them to.",
      "Complaints about the platform team. I once asked them to 'focus on what we control', and I think they heard 'don't talk about it'.",
    ],
  },
  10: {
    exercise: [
      "Work: SAML SSO for enterprise. Parts: config UI (familiar), metadata parsing (familiar), Okta and Azure quirks (unknown), sessions across subdomains (unknown). 50%: May 10. 90%: June 14. Our Google login took 7 weeks against a 3-week guess, which pushed the 90% out. Message drafted: assumption is no custom attribute mapping; cheapest test is a one-day spike on Azure.",
      "Asked to date bulk import for the Hanover account. 6 parts, 2 unknown (file sizes, their CSV dialect). 50%: 3 weeks. 90%: 7 weeks. The gap embarrassed me until I looked at our last import project: 9 weeks. Lever for the PM: only their template in v1. I'll update the range once we've seen a real sample file, by Friday.",
      "Mobile offline mode. Familiar: local storage, UI states. Unknown: conflict resolution, iOS background sync limits. 50% end of Q3, 90% mid-November; the last sync rewrite took 4 months. Assumption: last-write-wins is acceptable. Biggest risk: it isn't. Cheapest test: ask five customers this week. Scope lever: read-only offline first.",
      "Asked to date the new search indexing. Parts: pipeline (familiar), ranking tweaks (familiar), reindexing 400M documents without downtime (unknown). 50%: 5 weeks; 90%: 10. Message to Sven: the range, the assumption that the cluster copes with double writes, the test (a 1% reindex in staging), the lever (new documents only), next update on the 9th.",
    ],
    reflection: [
      "That the vendor's API wasn't ready. I'd seen two missed demos and decided it was their problem, until it became mine three weeks before launch.",
      "That nobody on the team had done a migration that size. I said 'should be fine' in planning because 'we've never done this' felt like admitting weakness.",
      "That the design wasn't final. Two screens were still marked 'draft' in Figma. I gave a date for a moving target without saying so, then acted surprised when it moved.",
      "That the estimate assumed Mo working on it full time, when I knew his parental leave was coming in six weeks. I never connected the two out loud, not even to myself.",
    ],
  },
  11: {
    exercise: [
      "Expectation for R.: senior engineers split their work into reviewable pieces, flag risks early and unblock others. Gap: 14 Mar, a 2,000-line PR two days before release; 2 Apr, 'on track' at standup the day before the deadline slipped. My part: I never wrote down what senior means here. Plan: flag a risk within a day; weekly check; review on 15 May.",
      "Nobody's work worries me much, so I picked the person with the least written down: Aiko, four months in. Three sentences on what I expect by month six. No gap yet, but writing it showed I'd never told her on-call is part of the job. Questions: what's unclear? what's harder than you expected? what help works for you? Review with her on 1 June.",
      "Dated gaps: 6 Feb, missed the billing job handover and two customers were charged twice; 20 Feb, 40 minutes to answer a page; 4 Mar, the retro action he owned, untouched. Open questions: what's going on for you right now? what makes on-call hard? what would you change? What I did to widen it: put him on call during his family's move.",
      "Draft plan: expectation, code reviews returned within one working day. What it looks like: nothing of his older than a day in the Friday review queue. Support: I'll take him off the interview panel for a month. Review: 30 April, together, in our one-on-one. I still need to talk to Marta in HR before I say any of it.",
    ],
    reflection: [
      "Dmitri's. For five months I've told myself the reorg hit him hard and he'll bounce back. Meanwhile his peers think I don't see it, and he doesn't know how far off he is.",
      "A new hire I liked. I gave her three months of vague encouragement instead of 'this isn't the level yet', and those were three months she could have used.",
      "My tech lead, on the people side: brilliant at design, cold in reviews. I've hoped experience would soften him; two juniors' confidence has paid for it so far.",
      "Nobody right now, I think. But last year I waited with someone, and the cost was a sudden formal plan she felt ambushed by. I'd rather be early this time.",
    ],
  },
  12: {
    exercise: [
      "Checkout 500s on 14 Jan, 38 min. Deploy 10:02, first complaint 10:09, alert 10:21, rollback call 10:31, recovered 10:40. At the decision Lee knew the canary had passed, saw what looked like a DB blip, and had a sales demo at 10:30. The alert watched CPU and fired 12 min late. Action: alert on checkout error rate, owner Lee, by 1 Feb.",
      "Near-miss: the public API certificate had 2 days left when someone noticed by chance; no alert at all. Last month: Ravi 6 shifts and 11 out-of-hours pages, the other four 2-3 shifts and 0-2 pages each. Actions: a certificate expiry alert (owner Dana, by the 20th), and Ravi off the rota for the next two cycles.",
      "Rota: 5 people, 4-5 shifts each, fair on paper. But 17 of last month's 23 out-of-hours pages came on Olu's weeks, because his shifts line up with the batch jobs. Even shifts, uneven load. Load change: rotate which week covers the batch window. System fix: move the batch to business hours, owner Olu, by month end.",
      "Search served stale results for 3 hours. The alert measured indexer CPU, fine the whole time, so it never fired; a customer tweeted first. The engineer on call saw green dashboards while a second, louder incident was going on. Action: an index freshness check, owner Hana, by 28 Feb. Load change: a secondary on call for nights.",
    ],
    reflection: [
      "'Who deployed that?' I asked it to find the change, but I saw Eli's face when I said it. Whatever I meant, it pointed at the person, and he was quiet for the rest of the call.",
      "'Is everyone OK, and what do we know?' I'm proud of the first half. The second came too fast; I wanted facts before they'd caught their breath.",
      "I don't think I said anything. I went straight into the logs myself, which told them the system mattered and they were on their own.",
      "'No blame, let's just fix it.' Then in the review I asked three questions that all started with 'why didn't you'. My words and my questions disagreed.",
    ],
  },
};

/** The facilitator's notes: the same people and days as DEMO_FEEDBACK, for the second edition's lessons. */
export const DEMO_FEEDBACK_2: { email: string; day: number; body: string }[] = [
  {
    email: "amara.okafor@example.com",
    day: 4,
    body: "Your timeline is precise down to the deploy record, which is the hard part. Your question still points at the reviewer; turn it into one about the review queue before you take it to the team, and map two more items first to check the wait repeats.",
  },
  {
    email: "luis.fernandez@example.com",
    day: 2,
    body: "Your coding rule is short enough to say out loud, which is what makes a rule hold. In the opening for your former peer, keep the question you wrote and then leave a real pause for the answer.",
  },
  {
    email: DEMO_PARTICIPANT_EMAIL,
    day: 6,
    body: "Booking the one-on-one with your PM and drafting the agreement on the same day is a strong start. Test the disagreement clause first: edit it together this week and put the one-month check in both your calendars.",
  },
];

type Line = { day: number; by: string; to?: string; text: string };

const DANA = DEMO_PARTICIPANT_EMAIL;

/** The cohort's conversation (see ./demo-threads): the same people, days and `to` targets, second-edition texts. */
export const DEMO_THREADS_2: {
  facilitatorNote: { day: number; text: string };
  question: Line;
  replies: Line[];
  reported: { day: number; by: string; text: string; reporter: string; reason: string };
} = {
  facilitatorNote: {
    day: 8,
    text: "A note before you start today: practise on praise first. Describe one moment a camera could have recorded, say what it changed, and send it before lunch. The corrective one gets easier after that: cross out every adjective about the person and see what is left.",
  },
  question: {
    day: 10,
    by: "kwame.mensah@example.com",
    text: "How do you give a 90% date when the team has never built anything like it? Our last comparable project was three years ago and nobody who worked on it is still here.",
  },
  replies: [
    { day: 3, by: "amara.okafor@example.com", to: DANA, text: "Writing 'unknown' for the baseline felt like admitting defeat to me too. Once our analyst gave me the number, half the arguments in planning simply stopped." },
    { day: 3, by: "luis.fernandez@example.com", to: DANA, text: "How did you decide what counts as keep-it-running? I ended up with six and wasn't sure whether to question any of them." },
    { day: 5, by: "priya.raman@example.com", to: "amara.okafor@example.com", text: "'What would you do if I weren't here?' is a good one. I'm borrowing it for the report who always waits for my answer." },
    { day: 5, by: DANA, to: "priya.raman@example.com", text: "I like 'what have you already tried?'. Did you manage to wait for the whole answer before offering yours? That's where I slip." },
    { day: 8, by: "sofia.lindqvist@example.com", to: "amara.okafor@example.com", text: "Crossing out the adjectives left me with half a sentence too. Thanks for showing what yours looked like afterwards." },
    { day: 10, by: "tomasz.nowak@example.com", to: "kwame.mensah@example.com", text: "We dated the familiar parts from our own history and gave each unknown a short spike first. The 90% date came after the spikes, not before, and we said so in the message." },
  ],
  reported: {
    day: 5,
    by: "owen.gallagher@example.com",
    text: "Honestly one-on-ones are a waste of an hour. If someone has a problem they can put it in Slack like an adult. I'm their manager, not their therapist.",
    reporter: "elena.petrova@example.com",
    reason: "Dismissive of people on our teams and of what this day is about; not what this thread is for.",
  },
};

/** Titles and agendas of the demo's two live sessions (past, upcoming) for weeks 1 and 2 of the second edition. */
export const DEMO_LIVE_SESSION_TITLES_2 = [
  {
    title: "Week 1 live: your baseline, your old job and the promised date",
    agenda: "1. Your baseline: which pillar did you guess wrong?\n2. Two participants walk through their day 3 outcome chain\n3. Former peers and the code you still write\n4. Questions for the week ahead",
  },
  {
    title: "Week 2 live: feedback, retros and honest dates",
    agenda: "1. What happened when you gave feedback this week\n2. One retro experiment each, and how you will check it\n3. Bring one estimate as two dates\n4. Open questions",
  },
] as const;
