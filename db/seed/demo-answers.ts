/** Short, realistic answers the demo participants gave, per day (1-12). Original text. */
export type DemoAnswers = { exercise: string[]; reflection: string[] };

export const DEMO_ANSWERS: Record<number, DemoAnswers> = {
  1: {
    exercise: [
      "Last week: Product 6h, Process 11.5h, People 4h, Other 14h (mostly code reviews and the Kafka upgrade). The baseline came out lowest on the People statements; I rated myself 2 on three of them. Lean on: Process. Neglect: People. Cost: I skipped two 1:1s with Priya and Tomás, and I honestly don't know if Tomás is still thinking about moving to the Platform team.",
      "1. Product 3h, Process 5h, People 9h, Other 18h (reviews + on-call)\n2. Baseline: lowest on Product, four of twelve statements at 'rarely'\n3. Lean: People. Neglect: Product.\n4. Cost: the Checkout team builds whatever the PM asks without knowing why, so nobody pushed back on the coupon rework.",
      "I expected Other to be big, but not 19 of 38 hours. Most of it was me still acting as the strongest backend dev on Search: reviewing every PR, pairing on the ranking bug. Product 4h, Process 6h, People 9h. The baseline confirmed it: decent on 1:1 basics, weak on outcomes and roadmap. I lean on People and neglect Product. The cost is that we ship steadily, but I can't tell anyone whether the relevance work moved conversion at all.",
      "Hours: Product 2, Process 14, People 5, Other 12. Standups, sprint planning, two incident follow-ups and a long Slack thread about Jenkins flakiness ate the week. Baseline was mostly 3s, with two 1s on Product. Lean on Process, neglect Product. Right now the Mobile team is executing a roadmap I haven't questioned once, and I suspect half of Q3 won't matter to users.",
    ],
    reflection: [
      "Chaotic. Every sprint gets interrupted by something urgent from sales, and nobody, including me, knows what will actually ship by Friday.",
      "Probably mechanical. We hit our sprint commitments, but ask anyone why we're building the invoicing export and you'd get a shrug.",
      "Disconnected. I went from IC to managing people I used to pair with, and I think they feel I've moved upstairs into meetings and stopped being around.",
      "Chaotic, though they'd say it politely. Our priorities changed three times in two weeks and I was the one passing each change on.",
    ],
  },
  2: {
    exercise: [
      "Goal: raise net revenue retention from 104% to 110% by end of Q4. Spent 30 min with Hannah from customer success: accounts that set up the Slack integration in their first two weeks churn at half the rate. Backlog of 12: 4 linked, 5 keep-it-running, 3 no link. Outcome: Slack integration set up within 14 days goes from 22% to 35% of new accounts by Dec 15. I'll question the PDF theming ticket at Tuesday's planning.",
      "Goal: 15% fewer support tickets per 1k orders by June 30.\nTalked to Marco (support lead). Top driver: 'where is my refund' tickets.\nNext 14 items: 3 chain / 6 KTLO / 5 no link.\nOutcome: refund status visible in the app, refund tickets down from 410/week to 250/week by June 30.\nWill question: the dark mode ticket.",
      "My manager couldn't give me a number at first; we landed on 'cut enterprise onboarding from 21 days to 10 by end of Q3'. Ines in analytics showed the real blocker is SSO setup, which needs our help in 60% of cases. Sorting 11 items was uncomfortable: only 2 linked, 6 keep-it-running, 3 no link. Outcome: self-serve SSO completion from 40% to 75% by Sept 30. I'll question the audit log redesign.",
      "Company goal: 1M monthly active riders by end of year (we're at 780k). Sat with Dev from analytics: riders who save a favourite route come back 2.3x more often in week 2. Of our next 10 items, 3 connect, 4 are keep-it-running (Android 14 crash, certificate rotation) and 3 have no link I could defend. Outcome: week-2 retention from 31% to 36% by Nov 1. Going to ask why we're rebuilding the settings screen.",
    ],
    reflection: [
      "I'd say it helps retention. That's true for Aisha's onboarding work, not really for the admin panel refactor she's on now. I'd be bluffing.",
      "Honestly, I'd say 'the PM asked for it', which is true but tells them nothing. I want a better answer before next sprint.",
      "I could answer for most tickets now that I've mapped the chain. The database migration is harder: it's keep-it-running, and I should just say that plainly instead of dressing it up as growth.",
      "I'd answer confidently and it would be about half true. That's the part that bothers me.",
    ],
  },
  3: {
    exercise: [
      "Traced 4 items: CSV export feature, timezone bug, a customer's webhook retry request, and a copy change.\nThe bug had 5h of work and took 9 days end to end. Export: 3 days of work, 16 days total.\nWIP today 18, throughput ~6/week, so about 3 weeks cycle time.\nLongest repeating wait: the 'ready for QA' column, 3-5 days every time.\nQuestion for the team: what would have to be true for us to ship without a separate QA handoff?",
      "Picked 3 items from Jira. Every one of them sat in review longer than anyone worked on it. The webhook fix: 1 day of coding, 4 days waiting for Oleg, because he's the only one who knows that service. Little's law: 22 in progress / 5 per week = 4.4 weeks. Ouch. Question: why does a service end up with only one person who can review it?",
      "I expected review to be the problem. It wasn't. For all five items (two features, two bugs, one request from Brightwell's ops team), the longest wait came before anyone started: tickets sat in 'ready' for 6-11 days because we pull by priority, and priorities changed twice in the month. WIP 14, throughput 4.5/week, so roughly 3 weeks. Question: how do we decide what to start next, and does everyone know the rule?",
      "3 items. The deploy wait is the killer: we release Thursdays only, so finished work waits 3 days on average. WIP 11, throughput 4/wk, so ~2.75 wks cycle time. Question for the team: what actually stops us deploying on any day of the week?",
    ],
    reflection: [
      "Waiting on the design team. Nobody tracks it; tickets just sit 'in progress' while Julia's team is swamped, and it looks like our engineers are slow.",
      "The queue in my own head. Work waits for me to make a call, and there's no column called 'waiting for the manager'.",
      "Security review for anything touching personal data. It happens over email with infosec, can add a week, and never shows up on our board.",
      "The gap between 'merged' and 'flag turned on'. Nobody owns flipping the feature flag, so finished work sits dark for days.",
    ],
  },
  4: {
    exercise: [
      "5 reports. Status share, roughly: Anna 70%, Kwame 80%, Lin 40%, Rafael 60%, Joost 90%.\nCreated a shared doc with Joost (his topics / my topics / commitments / themes) and sent it Monday.\nQuestions:\n1. What slowed you down most this sprint that wasn't code?\n2. Which part of your work would you happily hand off?\n3. What would you like to be doing more of in six months?\nWhat I suspect I don't know: whether he wants the tech lead role. Q3 should surface it.",
      "Honestly most of my 1:1s are status. I'd say 75% across the board. Picked Mehmet. Doc created in Notion and shared. Questions: what's the most annoying thing about how we work right now? what do you want less of? is there anything I do that makes your week harder? Don't know: how he feels about the reorg.",
      "I reread my notes for all six reports and found that with Chioma, three meetings in a row were basically her demoing progress on the billing migration, maybe 90% status. The others were around half. Set up a Google Doc with the four sections, seeded with two of her items. My questions: where are you waiting on someone else? what work drains you? what would you want to be known for here next year? I suspect she's interviewing; the last question is most likely to show it.",
      "Status share: ~60% on average, worst with Pete (almost all status, he reads from the Jira board). Sent him a running doc. Questions: 1) what's the biggest source of friction for you this month? 2) do you want more or less on-call? 3) what's something you think I don't know? Unknown: whether he's OK after his old team lead left.",
    ],
    reflection: [
      "Kwame might say he's done the same integration work for a year and can't see a path to senior. He hasn't said it, and I've never asked.",
      "'I never got to work on anything new.' Probably true for Pete. I keep giving him the maintenance tickets because he's reliable.",
      "That after I became their manager I stopped defending them in planning. I'd be surprised to hear it, which is exactly the problem.",
      "Pay. Nobody has brought it up, which after this year's salary freeze probably means they're talking about it somewhere else.",
    ],
  },
  5: {
    exercise: [
      "Booked a weekly 30 min with Sofia, Wednesdays.\nRoadmap: 1) bulk editing: solution already chosen when we heard about it. 2) usage-based pricing: we were in the problem from the start. 3) new onboarding checklist: handed over with mockups.\nAgreement: Sofia decides what and why, I decide how and when; disagreements go to a 15-minute call, not Slack; I tell her early about risk, she tells me early about customer promises.\nQuestion: who asked for bulk editing, and what do they do today instead?",
      "We already have a weekly 1:1 (Mark, Thursdays). All 3 upcoming items reached us as solutions. Drafted agreement: PM owns priority, I own estimates and technical approach, we escalate disagreements together, never separately. Question this week: what problem is the 'export to Excel' item solving? Draft sent.",
      "I didn't have a 1:1 with Ravi at all; we only met in sprint planning, which explains a lot. Booked Tuesdays 9:30. Of the next three items, engineering was in the problem only for the fraud alerts work, and only because Lucía happened to join the customer call. The draft agreement covers decisions, disagreements ('we bring options, not positions') and early signals (his: customer commitments with dates; mine: anything likely to slip more than a week). Question: what's the actual need behind the merchant dashboard?",
      "1:1 with Elena booked, biweekly to start because her calendar is a disaster. Items: search filters (after), SAML (after), audit log (after). Zero for three. The draft covers who decides, how we disagree and what we each need to hear early. Sent it Friday, and she already added a line about not committing dates to sales without me. My question: what's driving the urgency on SAML?",
    ],
    reflection: [
      "A yes. She asked for the reporting tab by month end and I said we'd try. Offering options would have saved the weekend Tomás ended up working.",
      "I said no, flatly, because of tech debt. She went around me to my director. Options would have kept the conversation between the two of us.",
      "Yes, as usual. If I'd offered the smaller version we ended up shipping anyway, we'd have set expectations two weeks earlier.",
      "Options, for once: three sizes with their costs. Ravi picked the middle one, and it felt like the first real decision we made together.",
    ],
  },
  6: {
    exercise: [
      "Last 3 retros: 8 action items. Done: 1. Partly: 2. Not done: 5.\nRepeated: 'PRs sit too long' (all three), 'flaky e2e tests' (two).\nFacts from GitHub: median time to first review 27h; 11 of the last 40 CI runs failed on tests that passed on rerun.\nExperiment: review rotation, one person per day owns first reviews. Owner: Bea. Ends Mar 14. Signal: median first review under 8h.\nOpening line: 'We've raised slow reviews three times and changed nothing, so today we try one thing.'",
      "No notes existed (we've skipped retros since October, honestly). Asked Luis and Mia. Both said the same thing: requirements changing mid-sprint. Checked Jira: 9 of 31 tickets last month changed scope after work started. Experiment: no ticket starts without a 10-min kickoff with the PM, owner Mia, two weeks, signal = scope changes after start. Opening: 'Let's fix one thing, not everything.'",
      "Reading three retros' worth of Miro boards was humbling. Eleven actions, two done, and 'on-call is exhausting' came up every time on a slightly different sticky note. PagerDuty: 63 pages last month, 41 of them from the same two disk-space alerts. Draft experiment: Ahmed owns tuning or deleting those two alerts within two weeks, and we count non-actionable pages at the next retro. I'll open with: 'Before new topics, let's look at what happened to our last actions.'",
      "Actions: 6, done 2, partly 1, not done 3. Repeat: the Friday deploy freeze blocking finished work. Fact: 4 finished PRs waited the whole weekend last sprint. Experiment: allow Friday deploys before 2pm for low-risk changes, owner Nikhil, until the 21st, signal = PRs waiting over a weekend. Opening: 'Here's what we said we'd do last time.'",
    ],
    reflection: [
      "Anything about product direction. They stopped after the pricing launch, when I said 'that's not our call' in the retro.",
      "Complaints about the staging environment. After the third time nothing happened, people quietly started working around it instead.",
      "Workload. Since the spring layoffs nobody mentions being overloaded, maybe because they're afraid it sounds like they can't cope.",
      "I'm not sure yet, which is probably the answer in itself. I need to ask rather than guess.",
    ],
  },
  7: {
    exercise: [
      "Hours: Product 5, Process 9, People 7, none 15.\nD2: outcome written, but only Jonas could name the goal.\nD3: review is our longest wait; haven't asked the team yet.\nD4: 4 of 5 1:1s happened, reports led two.\nD5: first PM 1:1 on Wednesday, no problem-stage involvement yet.\nD6: retro ended with one experiment, owner Bea.\nRatings: Product 2 (no problem-stage work), Process 3 (retro experiment), People 3 (1:1s held).\nLean Process, weak Product. Act: 30 min with support on Thursday, booked.",
      "Product 1h, Process 4h, People 12h, none 20h. Tests: no outcome yet; flow not mapped; all 1:1s happened; no PM 1:1; retro cancelled. Ratings: Product 1 (didn't touch it), Process 2 (skipped the retro), People 4 (every 1:1 held, two used the new doc). Lean People, weak Product. Booked 45 min with Elena to go through the Q3 goals.",
      "The calendar said what I didn't want to hear: 17 of 38 hours tagged none, mostly me fixing CI myself. Product 6, Process 8, People 7. Honest one-liners: outcome drafted but not shared; flow mapped, not discussed; one 1:1 moved twice; PM 1:1 happened and was good; retro experiment has an owner. Re-rated Product 3, Process 3, People 2 (the moved 1:1 was with Chioma, who I think is interviewing). Weakest: People. Monday 10:00 with Chioma is now locked.",
      "Product 3h / Process 10h / People 6h / none 16h.\nOutcome: no. Flow: yes, asked the team. 1:1s: 3 of 4. PM: booked, not held yet. Retro: yes.\nProduct 2: skipped the CS session. Process 4: flow map shared in standup. People 3: one 1:1 missed.\nLean Process, weak Product. Tuesday: sitting in on two support calls with Marco.",
    ],
    reflection: [
      "I expected People to be lowest. The calendar says Product, by a lot: two hours all week, and one of those was a demo.",
      "Product, and yes, the calendar agreed. No surprise, just confirmation that I keep avoiding it.",
      "Process. The calendar shows plenty of process hours, but they're me doing the process work alone instead of fixing it with the team.",
      "I thought People. The hours looked fine, but most of them were status meetings, so I kept the score low anyway.",
    ],
  },
  8: {
    exercise: [
      "Person: Dario, sprint demo last Thursday. Something to repeat.\nS: In Thursday's demo to the sales team,\nB: you walked through the refund flow using a real support ticket and stopped to ask Nadia what she'd expect to happen.\nI: Two sales reps asked for the recording afterwards, the first time that's happened.\nQuestion: what made you decide to do it that way?\nAfter: he said he was nervous and wanted a script. Agreed he'll run the next demo too. I'll watch whether he invites questions again.",
      "Person: Yuki. Moment: Tuesday's incident channel. Change.\nFirst draft had 'you were dismissive'; crossed it out.\nSBI: During Tuesday's outage you replied 'not a backend issue' to Sam's question and left the channel. Sam spent 40 minutes checking the frontend before finding it was the API gateway. A two-line handover would have saved that time.\nQuestion: how did that moment look from your side?\nHe said he was mid-deploy and stressed. Agreed: post a handover line before leaving any incident channel.",
      "Moment: Fatima's design doc review. Repeat. She listed three rejected alternatives with reasons, and the review took 20 min instead of the usual hour. Question: what would it take for everyone to write docs like that? Talked Wed. She offered to share her template at the backend guild. I'll look for an alternatives section in the next two docs.",
      "I picked something harder than I wanted: Greg interrupting Priya in planning. I wrote it three times before the adjectives were gone. Final: 'In Monday's planning, while Priya was explaining the cache approach, you cut in twice to propose your own. She stopped talking, and we picked your design without hearing hers.' Question: 'What did you notice in that meeting?' He hadn't noticed at all and was embarrassed. We agreed he'll ask for the other option before arguing. I'll watch next Monday.",
    ],
    reflection: [
      "My old lead told me my PR comments read like verdicts, and showed me three of them. Specific examples, no lecture. I changed how I wrote them the same week.",
      "A peer told me I did 80% of the talking in our design review. She'd actually counted. Hard to argue with a number.",
      "I can't remember the last time, honestly. That probably says something about how easy I make it for people to give me feedback.",
      "In my first month as a manager, my director said my updates were all activity and no decisions. It landed because she rewrote one with me.",
    ],
  },
  9: {
    exercise: [
      "Work: Stripe Connect payouts, which sales wants 'early May'. Sat with Olu.\nParts: onboarding flow (familiar), payout scheduling (familiar), KYC webhooks (unknown), reconciliation report (unknown).\n50%: May 16. 90%: June 6.\nRisks: 1) KYC edge cases: build a test account against the sandbox by Wed. 2) finance's reconciliation format: 20-min call with Lea. 3) Olu's on-call week: swap with Dan.\nMessage drafted: range, assumptions, KYC risk, cutting the report as the lever, update next Friday.",
      "Mobile offline mode; the PM wants a date for the board deck. 30 min with Shreya. 6 parts, 4 of them unknown, which tells me enough. 50%: end of Aug. 90%: mid Oct. Yes, that's wide. Top risk: sync conflict handling (test: spike it on one entity, 2 days). Message to Mark: 'Likely late Aug, could be mid-Oct; assumes two engineers full time; sync conflicts are the big unknown, we're spiking them this week; read-only offline could ship in July; I'll update on the 12th.'",
      "Search autocomplete. Sat with Wei. 50% = 3 weeks, 90% = 6 weeks. Risks: Elasticsearch upgrade, latency budget, relevance tuning. Tests: try the upgrade path in staging, load test one endpoint, ask the PM for 20 sample queries. Message sent to Sofia with the range and a lever (ship without typo tolerance).",
      "The honest part was uncomfortable. I'd already half-promised our director 'end of sprint' for the GDPR data export. With Hamid we split it into five parts; two are unknown (the legacy orders DB and the archive in S3 Glacier). 50%: three weeks, 90%: seven weeks. Cheapest tests: query the legacy DB for one real customer today, and time a Glacier restore. My message to Ravi gives the range, assumes Hamid stays on it, names Glacier as the risk, and offers a manual export for the first requests.",
    ],
    reflection: [
      "That the payments team wouldn't have their API ready. I knew in week one and said nothing because it felt like blaming them.",
      "I suspected the estimate assumed nobody got sick or pulled into incidents. Both happened. I could have said 'this has zero slack'.",
      "I knew the migration script had never run on production-sized data. I hoped it would be fine. It took four days, not four hours.",
      "That the design wasn't final. I saw the open comments in Figma and gave a date anyway.",
    ],
  },
  10: {
    exercise: [
      "Pulled 10 PRs from GitHub plus the ArgoCD history.\nMedians: open to first review 19h, review to approved 6h, approved to merged 2h, merged to deployed 41h.\nTotal median ~3 days, maybe 5h of actual work.\nAsked Ivan and Ruth: both said 'waiting for the release train'. Matches the numbers.\nBiggest wait: merged to deployed, 41h median.\nExperiment: deploy on merge for the notifications service only, for two weeks.\nExpect: merged to deployed under 2h for that service.",
      "Biggest surprise: first review. Median 26h. Everything else is small (approved to merged 1h, merged to deployed 3h, thanks to Jamal's pipeline work last year). Kate and Liam said the most annoying part is flaky CI, not review. I think both are true: flaky runs make people wait before requesting review. Experiment: quarantine the 5 flakiest tests and hold a daily review hour at 2pm. Expect median first review below 10h by the 28th.",
      "10 PRs. Medians: open to review 4h, review to approve 3h, approve to merge 30m, merge to deploy 4.5 days (weekly release). Roughly 95% waiting. Engineers: Tom said release notes, Ana said QA signoff. Biggest wait: merge to deploy. Experiment: release twice a week for 2 weeks. Expect under 2.5 days.",
      "Deploy times came from Slack because our Jenkins logs roll over after a week, which is its own finding. Across ten PRs the median total was 4.2 days; working time (coding plus review effort) about 7 hours. The biggest wait is re-review: reviewers leave comments, authors fix them, then nobody looks again for a day. Noor and Felix both named it unprompted. Experiment: authors ping the reviewer directly after changes, reviewer responds same day. Expect first review to approval to drop from 22h to under 8h.",
    ],
    reflection: [
      "The weekly release train. It was introduced years ago after a bad outage, and nobody questions it anymore, including me.",
      "The 20 minutes every PR waits for CI to even start, because we share runners with three other teams.",
      "Manual QA signoff. I used to be the one waiting for it as an engineer, and somehow stopped seeing it once I became the manager.",
      "Staging being broken. It's broken so often that we assume it, and people test in production behind flags instead.",
    ],
  },
  11: {
    exercise: [
      "Tally for the afternoon: 9 answers given. Nine! Mostly Slack DMs.\nPicked Jonas's question about splitting the notifications service; it comes up every few weeks.\nGoal: what does 'done' look like for you here?\nReality: what's happening today that makes this painful?\nOptions: what could you try, and what else?\nHe named three options and decided to extract email sending only. I'd have said split the whole thing. His version is smaller and he'll actually finish it, so his is better.",
      "Tally: 6. Coached Leila on whether to take the flaky test fix or the feature first. Questions: what matters most this week? what's blocking the feature? what are your options? She chose the test fix. I'd have said the feature. Hers was better; the feature needed green CI anyway.",
      "I gave 14 answers between 1pm and 6pm, which was embarrassing to write down. I coached Marta on handling a pushy stakeholder from the data team. Goal: what do you want from your next conversation with him? Reality: what have you tried so far? Options: what else could you do? Hard not to jump in; she named two options, then a third. She'll propose a fortnightly sync. I'd have told her to escalate to me. Too early to judge, but hers builds the relationship and mine wouldn't.",
      "Tally: 11, four of them to Ben. I tried coaching Ben on a database index question, but honestly that was a case for telling: prod latency was climbing and he didn't have the pieces. I caught myself two minutes in and switched. Coached a second one on Thursday instead: how to structure his promotion packet. He named two options, timeline or themes, and chose themes. Same as I'd have said, but now he owns it.",
    ],
    reflection: [
      "Ben, by far. He'd need the codebase history I carry in my head. A few architecture notes and pairing with Olu would help more than my answers.",
      "Leila. She knows the answer most of the time; she needs explicit permission to decide without checking with me first.",
      "Probably Marta, because I answer fast and she learned that. Slower replies from me, with a question back, would help her.",
      "Jonas. He needs context on priorities that only I have. That's on me: I should share the roadmap thinking, not just the tickets.",
    ],
  },
  12: {
    exercise: [
      "Sofia and I found 23 requests, 9 of them only in Slack.\nMoves the outcome: 6. Protects: 5. Neither: 12 (!).\nPicked: custom CSV columns for finance, asked by Robert five weeks ago.\nNo: 'Robert, I heard finance rebuilds the export in Excel every month-end, about a day of work. This quarter we're focused on cutting onboarding time, and custom columns would delay that by two weeks. We can give you a saved Looker view this week with the columns you need. We'll revisit at Q3 planning in July.'",
      "Listed 17 requests with Mark. 4 move / 3 protect / 10 neither. Picked: dark mode for the admin app, asked by Daniel in ops. No: heard it's about eye strain on night shifts; it would cost two weeks of checkout work, which is what keeps his team's order volume growing; can offer a browser-level dark setting we tested; revisit in October.",
      "The list was longer than either of us expected: 31 items across Jira, the #payments-requests channel and three DMs to me personally. Most 'neither' items came from internal teams. I picked the partner-portal SSO request from Gemma in partnerships, which I'd been answering with 'soon' since March. My draft: partners drop off when they need yet another password; doing SSO now delays payout reliability by a month, and that's what her partners complain about most; we can add magic-link login in a week; we'll revisit at September planning.",
      "Requests: 14 (5 only in chat). Move 5, protect 2, neither 7. Picked the Salesforce sync ask from Kim in sales ops. My no: you need accurate renewal dates in Salesforce; building the sync now delays the retention work your renewals depend on; we'll send a weekly CSV you can import; let's revisit on Aug 1.",
    ],
    reflection: [
      "Robert's CSV request. Every week I say 'soon', he doesn't plan a workaround, so his team keeps losing a day at month-end.",
      "The rate-limit increase for Gemma's partner. My soft yes means she's told the partner it's coming. It isn't.",
      "Kim's Salesforce sync. I've been nodding in meetings for two months, and she's been waiting instead of finding another way.",
      "Analytics asked for event tracking on the new editor. I said 'next sprint' three sprints running. They've stopped asking, which is worse.",
    ],
  },
};
