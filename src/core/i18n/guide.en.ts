/**
 * English text of the red-flags guide for clients (src/core/guide/guide.ts) and of the guidance
 * on the concern form ("something feels off"), written for Rapport.
 */
export const guideEn = {
  'guide.title': 'When therapy feels right, and when it doesn’t',
  'guide.lead':
    'The relationship with your therapist is one of the things that most affects whether therapy helps. This guide describes what to expect, what should worry you, and what you can do about it. You are always allowed to speak up.',
  'guide.youCouldSay': 'You could say:',

  'guide.action.raise_concern': 'Tell us something feels off',
  'guide.action.switch_therapist': 'Find another therapist',
  'guide.action.report_boundary': 'Report a boundary problem',
  'guide.action.crisis': 'Crisis contacts',

  'guide.good.title': 'What a good therapy relationship looks like',
  'guide.good.p.1':
    'Therapy is work you do together. Whatever the method, a good relationship usually feels like this:',
  'guide.good.list.1': 'You feel heard and respected, even when you talk about hard things.',
  'guide.good.list.2': 'You and your therapist agree on what you are working on.',
  'guide.good.list.3': 'You agree on how you work on it, and you understand why.',
  'guide.good.list.4':
    'You can disagree, or say that something isn’t helping, and it is taken well.',
  'guide.good.list.5': 'The sessions are about you, and your therapist keeps clear boundaries.',
  'guide.good.list.6':
    'You know the ground rules: fees, cancellations, and what stays confidential and when it may not.',
  'guide.good.p.2':
    'No relationship is perfect. Misunderstandings happen in therapy too, and talking them through often makes the work stronger.',

  'guide.early.title': 'The first few sessions',
  'guide.early.p.1':
    'It is normal to feel awkward or unsure at first. You are telling someone new about personal things, and trust takes time: often three to five sessions.',
  'guide.early.p.2':
    'Your first impressions still count. If something bothers you early on, you can say so. It is also fine to meet a few therapists before you choose one.',
  'guide.early.p.3':
    'Awkwardness that eases with time is usual. Feeling unsafe, judged or pressured is not, at any stage.',

  'guide.redFlags.title': 'Signs that something is wrong',
  'guide.redFlags.p.1':
    'A single clumsy moment can usually be talked through. A pattern is a red flag. A boundary violation is a red flag even if it happens only once.',
  'guide.redFlags.list.1': 'Your feelings are brushed aside.',
  'guide.redFlags.list.2': 'You feel judged or shamed.',
  'guide.redFlags.list.3': 'Your therapist talks mostly about themselves.',
  'guide.redFlags.list.4': 'Your therapist crosses a professional boundary.',
  'guide.redFlags.list.5': 'You feel unheard, again and again.',
  'guide.redFlags.p.2': 'Trust your sense of it. You do not need proof to raise a concern.',

  'guide.dismissed.title': 'Your feelings are brushed aside',
  'guide.dismissed.p.1':
    'For example, you are told you are overreacting or that it “isn’t that bad”, or the subject changes whenever you bring something up.',
  'guide.dismissed.p.2':
    'Your feelings are what therapy is for. A good therapist may help you see things in a new way, but starts by taking them seriously.',

  'guide.judged.title': 'You feel judged or shamed',
  'guide.judged.p.1':
    'For example, comments that make you feel stupid, bad or “too much”; criticism of who you are, your body, your culture, your sexuality or your beliefs; or being made to feel guilty for struggling.',
  'guide.judged.p.2':
    'You should be able to say hard things in therapy without fear. Leaving sessions ashamed, again and again, is a sign to act.',

  'guide.selfFocus.title': 'Your therapist talks mostly about themselves',
  'guide.selfFocus.p.1':
    'A therapist may now and then share a little about themselves when it helps you. It is a red flag when sessions keep turning to their life, their problems or their opinions, or when you end up looking after their feelings.',
  'guide.selfFocus.p.2': 'Your session time is for you.',
  'guide.selfFocus.say.1':
    '“I’d like to keep our time focused on me. Can we come back to what I was saying?”',
  'guide.selfFocus.say.2':
    '“We’ve been spending a lot of time on your experiences. It would help me more to talk about mine.”',

  'guide.boundary.title': 'Your therapist crosses a professional boundary',
  'guide.boundary.p.1':
    'Therapists follow clear professional rules because the relationship is unequal: you share personal things, and they hold the power and the responsibility. These are boundary violations:',
  'guide.boundary.list.romantic_or_sexual':
    'Romantic or sexual comments, flirting, or sexual touch. Any touch you did not want.',
  'guide.boundary.list.meeting_socially':
    'Suggesting you meet socially, become friends, or see each other outside sessions.',
  'guide.boundary.list.money_or_business':
    'Money or business dealings beyond the agreed fee: loans, investments, selling you things, or asking you for favours or work.',
  'guide.boundary.list.secrecy':
    'Asking you to keep something about your sessions or your relationship a secret.',
  'guide.boundary.list.social_media':
    'Contacting you, or asking you to connect, on their personal social media or personal phone.',
  'guide.boundary.p.2':
    'If this has happened to you, you did nothing wrong. Keeping the boundary is always the therapist’s responsibility, whatever was said or felt in the room.',
  'guide.boundary.p.3':
    'You do not have to raise it with your therapist, and you can stop seeing them at any time. You can report it to the clinic, and to the professional college or licensing board that registers your therapist. Rapport can help you find another therapist and, if you agree, share your history with them.',
  'guide.boundary.p.4':
    'If you feel unsafe, or someone is threatening you, contact emergency services.',

  'guide.unheard.title': 'You feel unheard, again and again',
  'guide.unheard.p.1':
    'Everyone feels misunderstood now and then, and saying so often helps. But if you keep raising something and nothing changes, or you leave most sessions feeling unheard, the relationship is not working for you.',
  'guide.unheard.p.2':
    'That is not a failure on your part. Sometimes the fit is not right, and a different therapist or approach is the answer.',
  'guide.unheard.say.1':
    '“I’ve mentioned this before, and I still don’t feel heard about it. I need us to do something different.”',
  'guide.unheard.say.2':
    '“I’m not sure this is the right fit for me. Can we talk honestly about it?”',

  'guide.raise.title': 'How to raise it in a session',
  'guide.raise.p.1':
    'Good therapists want to know when something is not working, because it helps them help you. You don’t need perfect words.',
  'guide.raise.list.1':
    'Say it near the start of the session, so there is time to talk it through.',
  'guide.raise.list.2': 'Describe one moment and how it felt: “When you said …, I felt …”',
  'guide.raise.list.3': 'Say what you would like instead, if you know.',
  'guide.raise.list.4':
    'If saying it out loud feels too hard, write it down and read it, or use “Something feels off” in Rapport first.',
  'guide.raise.p.2':
    'Notice how your therapist responds. Listening, asking questions and changing something are good signs. Getting defensive, blaming you or brushing it off are not.',

  'guide.concern.title': 'Using “Something feels off” in Rapport',
  'guide.concern.p.1':
    'You can raise a concern at any time, not only after a session, and you choose whether it is shared with your therapist.',
  'guide.concern.p.2':
    'The form suggests words you could use if you want to bring it up in your next session.',

  'guide.switch.title': 'Switching therapist without losing your history',
  'guide.switch.p.1':
    'You can change therapist at any time, and you do not have to explain why. In Rapport you can find and meet a new therapist before you end with your current one.',
  'guide.switch.p.2':
    'Your goals and history are yours. If you agree, Rapport prepares a hand-over for your new therapist, and you choose what it includes.',
  'guide.switch.p.3':
    'You can tell your current therapist why you are leaving if you want to. It can help them, but it is your choice.',

  'guide.crisis.title': 'If you are in danger or in crisis',
  'guide.crisis.p.1':
    'If you are in danger, or you might hurt yourself or someone else, call your local emergency number now or go to the nearest emergency department.',
  'guide.crisis.p.2':
    'If you need to talk to someone right away, a crisis line can help. Your clinic’s crisis contacts are linked below.',
  'guide.crisis.p.3':
    'Your therapist may not see what you write in Rapport straight away, so please don’t use it to ask for urgent help.',

  // The concern form: a label per category, and words for raising it in the next session.
  'concern.howToSay.heading': 'If you want to bring it up in your next session, you could say:',

  'concern.category.felt_judged': 'I felt judged or criticised',
  'concern.howToSay.felt_judged.1':
    '“Last time, when you said …, I felt judged. I’d like to talk about that.”',
  'concern.howToSay.felt_judged.2':
    '“It’s hard for me to be honest when I feel criticised. Can we talk about how that came across?”',
  'concern.howToSay.felt_judged.3':
    '“I need to feel I can tell you things without being judged, and right now I don’t always feel that.”',

  'concern.category.felt_dismissed': 'My feelings or worries were brushed aside',
  'concern.howToSay.felt_dismissed.1':
    '“When I brought up …, it felt like we moved on too fast. It matters to me, and I’d like to come back to it.”',
  'concern.howToSay.felt_dismissed.2': '“I don’t feel that what I said was taken seriously.”',
  'concern.howToSay.felt_dismissed.3':
    '“Can we slow down? I don’t think I got across what I was trying to say.”',

  'concern.category.goals': 'We are not working on what matters to me',
  'concern.howToSay.goals.1':
    '“I’d like to look at our goals again. I’m not sure we’re working on what matters most to me.”',
  'concern.howToSay.goals.2':
    '“What I most want to change right now is … Can we make that our focus?”',

  'concern.category.approach': 'The way we work does not suit me',
  'concern.howToSay.approach.1':
    '“I’m not sure the way we work suits me. Could we try something different?”',
  'concern.howToSay.approach.2':
    '“The exercises between sessions aren’t helping me much. Can we talk about why?”',
  'concern.howToSay.approach.3': '“I’d like to understand why we’re doing it this way.”',

  'concern.category.practical': 'Something practical: times, cost, getting there, energy',
  'concern.howToSay.practical.1':
    '“The time of our sessions is getting hard for me. Is there another time we could meet?”',
  'concern.howToSay.practical.2':
    '“The cost is becoming a strain. Can we talk about what options there are?”',
  'concern.howToSay.practical.3':
    '“Some days I don’t have the energy to come in. Could we sometimes meet online?”',

  'concern.category.boundary': 'My therapist crossed a line (a boundary problem)',
  'concern.note.boundary':
    'You do not have to raise this with your therapist. You did nothing wrong, you can stop seeing them, and you can report it to the clinic or to the body that registers your therapist.',
  'concern.howToSay.boundary.1':
    'To the clinic: “I want to report something my therapist did that did not feel right.”',
  'concern.howToSay.boundary.2':
    'To your therapist, only if you want to: “I’m not comfortable with … I need our contact to stay professional.”',

  'concern.category.other': 'Something else feels off',
  'concern.howToSay.other.1':
    '“Something has felt off between us lately, and I’m not sure what it is. Can we talk about it?”',
  'concern.howToSay.other.2':
    '“This is hard to say, but I don’t think therapy is helping me right now.”',
} as const;
