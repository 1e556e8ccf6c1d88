/**
 * English repair prompts for therapists (src/core/repair/prompts.ts picks one per flag). Written
 * for Rapport. `open.*` lines are example words to say in the next session, in quotes; for the
 * two protocol prompts (`boundary`, `risk`) they are steps to take instead, without quotes.
 * The flag's own reason ("what changed") comes from signals.en.ts.
 */
export const repairEn = {
  'repair.heading.changed': 'What changed',
  'repair.heading.open': 'Ways to open the door',
  'repair.heading.steps': 'What to do',
  'repair.heading.positive': 'Ways to name it together',
  'repair.heading.avoid': 'What to avoid',

  'repair.withdrawal.title': 'Invite their feedback, gently',
  'repair.withdrawal.open.1':
    '“I’d like to check in about how our sessions are going for you. Has anything felt off, even a little?”',
  'repair.withdrawal.open.2':
    '“It seems something may have shifted between us lately. I may be reading it wrong, and I’d rather ask than guess.”',
  'repair.withdrawal.open.3':
    '“If something I said or did didn’t sit right with you, it really helps me to know. You can tell me, and it won’t change how I see you.”',
  'repair.withdrawal.open.4':
    '“It’s okay to tell me if this isn’t helping. We can change how we work, and your view counts as much as mine.”',
  'repair.withdrawal.avoid':
    'Avoid pressing for an answer or reassuring too quickly. If they say “it’s fine”, accept it for now and leave the door open.',

  'repair.drop_unrecovered.title': 'The drop has lasted: raise it directly',
  'repair.drop_unrecovered.open.1':
    '“Your last few check-ins have been lower than before, and I don’t want to skip past that. Can we talk about what changed?”',
  'repair.drop_unrecovered.open.2':
    '“I wonder whether something about the way we work has stopped fitting. What would you change if you could?”',
  'repair.drop_unrecovered.open.3':
    '“If another approach, or even another therapist, might suit you better, we can talk about that openly. What matters is that you get help that works for you.”',
  'repair.drop_unrecovered.avoid':
    'Avoid waiting for it to lift on its own. If you are unsure how to raise it, take it to supervision first.',

  'repair.confrontation.title': 'Welcome the criticism, without defending yourself',
  'repair.confrontation.open.1':
    '“Thank you for telling me. It matters, and I want to understand it properly. Can you tell me more about what that was like?”',
  'repair.confrontation.open.2':
    '“I think I may have played a part in that, and I want to own it. What did I say or do that landed badly?”',
  'repair.confrontation.open.3':
    '“Can we pause and look at what is happening between us right now? I notice I want to explain myself, and I’d rather hear you first.”',
  'repair.confrontation.open.4': '“What would help you feel respected in here from now on?”',
  'repair.confrontation.avoid':
    'Avoid explaining what you meant, correcting how they took it, or linking it to their history before they feel heard.',

  'repair.agreement.title': 'Ask how it looks from their side',
  'repair.agreement.open.1':
    '“How are our sessions landing for you? I’d really like to know, even if it’s different from how they feel to me.”',
  'repair.agreement.open.2': '“What would make our time together more useful to you?”',
  'repair.agreement.open.3':
    '“Are we working on what matters most to you right now, in a way that suits you?”',
  'repair.agreement.avoid':
    'Avoid assuming your own rating is the accurate one. Take their lower score as information, not as a misunderstanding to correct.',

  'repair.goals.title': 'Revisit goals and tasks together',
  'repair.goals.open.1':
    '“Can we look again at what we’re working towards? I want to be sure it still matters to you, in your own words.”',
  'repair.goals.open.2':
    '“When you think about this goal, how much has really changed for you? I’d like to hear your view before I share mine.”',
  'repair.goals.open.3':
    '“Is the way we work helping you: what we talk about, the exercises, the pace? Or would something else suit you better?”',
  'repair.goals.open.4': '“What would tell you that these sessions are worth your time?”',
  'repair.goals.avoid':
    'Avoid arguing that progress is happening or that the first goal is still the right one. Agree on the goal, and the way there, together.',

  'repair.disengagement.title': 'Ask what is getting in the way, without blame',
  'repair.disengagement.open.1':
    '“I’ve noticed a few of our sessions haven’t happened lately. There’s no blame in that. I’d just like to understand what’s been getting in the way.”',
  'repair.disengagement.open.2':
    '“Is something practical making it hard to come, like the time, the cost, getting here, or your energy some days? Let’s see what we can change.”',
  'repair.disengagement.open.3':
    '“Sometimes missing sessions is a way of saying that therapy isn’t quite working. If that’s part of it, I’d really like to hear it.”',
  'repair.disengagement.avoid':
    'Avoid opening with rules, fees or talk of commitment. Lead with curiosity; practical arrangements can come later.',

  'repair.after_low.title': 'Link the missed session to the one before, gently',
  'repair.after_low.open.1':
    '“Your check-in after our last session suggested it didn’t go so well for you, and then we missed a session. I wondered whether something from last time stayed with you.”',
  'repair.after_low.open.2':
    '“If something I said last time didn’t sit right, I’d rather hear about it than let it come between us.”',
  'repair.after_low.open.3':
    '“Was it something practical that got in the way, or something about coming here? Either is fine to tell me.”',
  'repair.after_low.avoid':
    'Avoid making the missed session itself the topic. The session before it may be what matters.',

  'repair.checkins.title': 'Ask whether the check-ins still work for them',
  'repair.checkins.open.1':
    '“How do the check-ins feel to you these days? They’re only worth doing if they’re useful to you.”',
  'repair.checkins.open.2':
    '“Your honest answers help me most, especially the low ones. Nothing you put there will be held against you.”',
  'repair.checkins.open.3':
    '“Is there something about how things are going, here or outside, that’s been hard to put into a check-in?”',
  'repair.checkins.open.4':
    '“Would another time, or another way, suit you better? Or would you rather just tell me in person?”',
  'repair.checkins.avoid':
    'Avoid presenting the check-in as a duty. A skipped or unchanging check-in is a message worth hearing.',

  'repair.off_track.title': 'Review the plan together',
  'repair.off_track.open.1':
    '“I keep an eye on how things are going, and the changes we hoped for don’t seem to have come yet. How does that fit with your sense of it?”',
  'repair.off_track.open.2':
    '“What has helped so far, even a little, and what hasn’t? I’d like us to decide together whether to change something.”',
  'repair.off_track.open.3':
    '“Has anything changed outside our sessions, at home, at work or with people close to you, that makes things harder right now?”',
  'repair.off_track.open.4':
    '“There are other ways we could work on this. Would you be open to trying a different approach, or adding some other support?”',
  'repair.off_track.avoid':
    'Avoid carrying on unchanged in the hope it turns around. Bring the case to supervision or consultation, and keep reviewing the scores together.',

  'repair.deterioration.title': 'Things have got harder: take stock together',
  'repair.deterioration.open.1':
    '“Your check-ins suggest things have got harder since we started, and I want to take that seriously. What has been happening for you?”',
  'repair.deterioration.open.2':
    '“Is anything about our sessions adding to how hard things are? It’s fine to tell me.”',
  'repair.deterioration.open.3':
    '“When things get this hard, some people have thoughts of not wanting to be alive. Has anything like that been on your mind?”',
  'repair.deterioration.open.4':
    '“Would it help to change something: how often we meet, what we focus on, or bringing in other support?”',
  'repair.deterioration.avoid':
    'Avoid explaining the decline away as a normal phase. Review the plan, ask about safety, and consult your supervisor if it continues.',

  'repair.repaired.title': 'The alliance came back: notice what helped',
  'repair.repaired.open.1':
    '“Your check-ins went back up after that harder stretch. What made the difference for you?”',
  'repair.repaired.open.2':
    '“Thank you for staying with it when things felt off between us. If something bothers you again, I hope you’ll tell me.”',
  'repair.repaired.open.3':
    '“Is there anything we’ve done differently lately that you’d like us to keep doing?”',
  'repair.repaired.avoid':
    'Avoid treating the matter as closed for good. Keep asking how things are; a repaired rupture can need revisiting.',

  'repair.improvement.title': 'Real progress: name it together',
  'repair.improvement.open.1':
    '“Your check-ins show a real change since we started, more than the usual ups and downs. Does that match how you feel?”',
  'repair.improvement.open.2':
    '“What do you think has made the difference? It’s worth knowing, so you can keep using it.”',
  'repair.improvement.open.3':
    '“Now that things are better, what would you like to focus on next? Or is it time to plan how we finish?”',
  'repair.improvement.avoid':
    'Avoid taking the credit or deciding the next step for them. Let them say what changed and what they want now.',

  'repair.boundary.title': 'Boundary concern: follow your clinic’s policy',
  'repair.boundary.open.1':
    'Follow your clinic’s boundary policy, whether the concern is about you or about someone else. Do not handle it on your own in session.',
  'repair.boundary.open.2':
    'Talk to your supervisor or clinical lead today, before you next see or contact this client.',
  'repair.boundary.open.3':
    'Document what was reported, when, and what you did, in plain factual terms.',
  'repair.boundary.open.4':
    'If the client raises it with you, listen, thank them, and tell them how the clinic will follow up. Do not justify yourself, argue, or ask them to reconsider.',
  'repair.boundary.avoid':
    'Never try to talk the client out of the concern or keep it between the two of you. They must stay free to report it to the clinic or the regulator.',

  'repair.risk.title': 'Possible risk: follow your clinic’s risk protocol today',
  'repair.risk.open.1': 'Follow your clinic’s risk protocol now. Do not wait for the next session.',
  'repair.risk.open.2':
    'Reach the client today, by the means your protocol sets out, and ask them directly about their safety, including thoughts of suicide or self-harm.',
  'repair.risk.open.3':
    'Assess the risk and agree on next steps with them. If they are in immediate danger, call emergency services.',
  'repair.risk.open.4':
    'Tell your supervisor or clinical lead, and document what you saw, what you did and when.',
  'repair.risk.avoid':
    'Do not rely on a message alone or leave the comment for the next session. If you cannot reach the client, follow your protocol for that too.',
} as const;
