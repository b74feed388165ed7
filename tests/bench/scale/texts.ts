/** Participant writing of realistic length, from a pool of sentences a leader might write. Pure. */
const SENTENCES = [
  "I mapped the last five items from request to release and the longest wait was review, about two days each time.",
  "When I asked the team what slows them down, three people named the same flaky test suite without being prompted.",
  "My first instinct was to fix it myself over the weekend, which is exactly the habit this week asks me to drop.",
  "We agreed that the outcome is fewer support tickets about invoices, not the new export button we had planned.",
  "I wrote the decision down in the channel and two people disagreed in writing, which is more than they ever did in the meeting.",
  "The estimate I gave last quarter was a single date; this time I gave a range and said what would move it.",
  "In the one-to-one I asked what she would stop doing if she could, and she named the weekly status report.",
  "I noticed I interrupted twice in stand-up; tomorrow I will wait until everyone has spoken before I say anything.",
  "Our deploys went from twice a week to daily once we split the migration from the release, and nobody missed the ceremony.",
  "The hardest part was saying no to the sales request, so I wrote down what we would drop to take it and sent that instead.",
  "I found that I had never told the new engineer what good looks like for her first month, so we wrote it together.",
  "Looking at the incidents, most of them started with a change nobody else had reviewed because it was late on a Friday.",
  "I asked each person to rate how clear our goals are from one to five, and the answers ranged from two to five.",
  "The retro was quieter than usual; I suspect the format, so next time we will start with written notes for five minutes.",
  "We removed one approval step from the release checklist and measured the wait: it dropped from a day to an hour.",
  "I gave feedback on the design document using the situation, behaviour, impact pattern and it landed better than I expected.",
  "My calendar had eleven hours of meetings this week; I declined three and delegated two to people who wanted the exposure.",
  "The product manager and I now review the roadmap together every other Monday, which has already caught one mismatch.",
  "A former peer now reports to me, and I said out loud that the change is awkward for both of us, which helped.",
  "I tried the conversation script for saying not yet to a promotion and changed the second line to sound like me.",
];

/** A text of `length` characters or slightly more, starting from a sentence chosen by `pick` (0..1). */
export function writing(length: number, pick: number): string {
  let at = Math.floor(pick * SENTENCES.length);
  let text = "";
  while (text.length < length) {
    text += (text ? " " : "") + SENTENCES[at % SENTENCES.length]!;
    at += 7;
  }
  return text;
}

/** Own posts and replies in a day's thread. */
export function threadText(length: number, pick: number): string {
  return writing(length, pick);
}
