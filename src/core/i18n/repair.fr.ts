import type { repairEn } from './repair.en';

/**
 * Pistes de réparation pour les thérapeutes, en français (voir repair.en.ts). Les lignes
 * `open.*` sont des exemples de phrases à dire en séance; pour `boundary` et `risk`, ce sont
 * des étapes à suivre.
 */
export const repairFr = {
  'repair.heading.changed': 'Ce qui a changé',
  'repair.heading.open': 'Pour ouvrir la discussion',
  'repair.heading.steps': 'Ce qu’il faut faire',
  'repair.heading.positive': 'Pour le souligner ensemble',
  'repair.heading.avoid': 'À éviter',

  'repair.withdrawal.title': 'Solliciter son avis, en douceur',
  'repair.withdrawal.open.1':
    '« J’aimerais faire le point avec vous sur nos séances. Est-ce que quelque chose vous a semblé moins bien, même un peu? »',
  'repair.withdrawal.open.2':
    '« J’ai l’impression que quelque chose a changé entre nous ces derniers temps. Je me trompe peut-être, et je préfère vous le demander plutôt que de deviner. »',
  'repair.withdrawal.open.3':
    '« Si quelque chose que j’ai dit ou fait vous a dérangé·e, ça m’aide vraiment de le savoir. Vous pouvez me le dire, ça ne changera pas mon regard sur vous. »',
  'repair.withdrawal.open.4':
    '« Vous avez le droit de me dire si ça ne vous aide pas. Nous pouvons changer notre façon de travailler, et votre avis compte autant que le mien. »',
  'repair.withdrawal.avoid':
    'Évitez d’insister pour obtenir une réponse ou de rassurer trop vite. Si la personne répond « ça va », acceptez-le pour l’instant et laissez la porte ouverte.',

  'repair.drop_unrecovered.title': 'La baisse persiste : abordez-la directement',
  'repair.drop_unrecovered.open.1':
    '« Vos derniers bilans sont plus bas qu’avant, et je ne veux pas passer à côté. Pouvons-nous parler de ce qui a changé? »',
  'repair.drop_unrecovered.open.2':
    '« Je me demande si notre façon de travailler vous convient encore. Qu’est-ce que vous changeriez, si vous le pouviez? »',
  'repair.drop_unrecovered.open.3':
    '« Si vous pensez qu’une autre approche, ou même un·e autre thérapeute, vous conviendrait mieux, nous pouvons en parler ouvertement. Ce qui compte, c’est que vous receviez une aide qui vous convient. »',
  'repair.drop_unrecovered.avoid':
    'Évitez d’attendre que ça passe tout seul. Si vous ne savez pas comment l’aborder, parlez-en d’abord en supervision.',

  'repair.confrontation.title': 'Accueillir la critique, sans vous défendre',
  'repair.confrontation.open.1':
    '« Merci de me l’avoir dit. C’est important, et je veux bien comprendre. Pouvez-vous m’en dire plus sur ce que vous avez vécu? »',
  'repair.confrontation.open.2':
    '« Je pense que j’y suis peut-être pour quelque chose, et je veux le reconnaître. Qu’est-ce que j’ai dit ou fait qui vous a heurté·e? »',
  'repair.confrontation.open.3':
    '« Pouvons-nous prendre un moment pour regarder ce qui se passe entre nous en ce moment? Je remarque que j’ai envie de me justifier, et je préfère d’abord vous écouter. »',
  'repair.confrontation.open.4':
    '« Qu’est-ce qui vous aiderait à vous sentir respecté·e ici, à partir de maintenant? »',
  'repair.confrontation.avoid':
    'Évitez d’expliquer vos intentions, de corriger la façon dont la personne l’a compris ou de relier sa réaction à son histoire avant qu’elle se sente entendue.',

  'repair.agreement.title': 'Demander comment la personne vit les séances',
  'repair.agreement.open.1':
    '« Comment vivez-vous nos séances? J’aimerais vraiment le savoir, même si c’est différent de ce que j’en perçois. »',
  'repair.agreement.open.2': '« Qu’est-ce qui rendrait nos rencontres plus utiles pour vous? »',
  'repair.agreement.open.3':
    '« Est-ce qu’on travaille sur ce qui compte le plus pour vous en ce moment, et d’une façon qui vous convient? »',
  'repair.agreement.avoid':
    'Évitez de tenir votre propre évaluation pour la plus juste. Voyez sa note plus basse comme une information, pas comme un malentendu à corriger.',

  'repair.goals.title': 'Revoir ensemble les objectifs et la façon de travailler',
  'repair.goals.open.1':
    '« Pouvons-nous revoir ce vers quoi nous travaillons? Je veux m’assurer que ça compte encore pour vous, dans vos propres mots. »',
  'repair.goals.open.2':
    '« Quand vous pensez à cet objectif, qu’est-ce qui a vraiment changé pour vous? J’aimerais entendre votre point de vue avant de donner le mien. »',
  'repair.goals.open.3':
    '« Est-ce que notre façon de travailler vous aide : les sujets abordés, les exercices, le rythme? Ou est-ce qu’autre chose vous conviendrait mieux? »',
  'repair.goals.open.4': '« À quoi verriez-vous que ces séances en valent la peine? »',
  'repair.goals.avoid':
    'Évitez d’essayer de convaincre la personne qu’elle progresse ou que l’objectif de départ est toujours le bon. Entendez-vous ensemble sur le but et sur le chemin.',

  'repair.disengagement.title': 'Chercher ce qui fait obstacle, sans reproche',
  'repair.disengagement.open.1':
    '« J’ai remarqué que quelques séances n’ont pas eu lieu dernièrement. Ce n’est pas un reproche. J’aimerais simplement comprendre ce qui fait obstacle. »',
  'repair.disengagement.open.2':
    '« Est-ce que quelque chose de pratique rend les séances difficiles, comme l’horaire, le coût, le déplacement ou votre énergie certains jours? Voyons ce qu’on peut ajuster. »',
  'repair.disengagement.open.3':
    '« Parfois, manquer des séances est une façon de dire que la thérapie ne fonctionne pas tout à fait. Si c’est en partie le cas, j’aimerais vraiment le savoir. »',
  'repair.disengagement.avoid':
    'Évitez de commencer par les règles, les frais ou l’engagement. Commencez par la curiosité; les arrangements pratiques peuvent venir ensuite.',

  'repair.after_low.title': 'Relier en douceur l’absence à la séance précédente',
  'repair.after_low.open.1':
    '« Votre bilan après notre dernière séance laissait penser qu’elle ne s’était pas très bien passée pour vous, puis nous avons manqué une séance. Je me suis demandé si quelque chose de la dernière fois vous était resté. »',
  'repair.after_low.open.2':
    '« Si quelque chose que j’ai dit la dernière fois vous a dérangé·e, je préfère en entendre parler plutôt que de le laisser s’installer entre nous. »',
  'repair.after_low.open.3':
    '« Est-ce qu’un empêchement pratique vous a retenu·e, ou est-ce quelque chose dans le fait de venir ici? Vous pouvez me dire l’un comme l’autre. »',
  'repair.after_low.avoid':
    'Évitez de faire de l’absence elle-même le sujet. C’est peut-être la séance d’avant qui compte.',

  'repair.checkins.title': 'Demander si les bilans sont encore utiles à la personne',
  'repair.checkins.open.1':
    '« Comment vivez-vous les bilans ces temps-ci? Ils n’ont de sens que s’ils vous sont utiles. »',
  'repair.checkins.open.2':
    '« Ce sont vos réponses franches qui m’aident le plus, surtout les moins bonnes. Rien de ce que vous y écrivez ne sera retenu contre vous. »',
  'repair.checkins.open.3':
    '« Y a-t-il quelque chose, ici ou à l’extérieur, qui a été difficile à mettre dans un bilan? »',
  'repair.checkins.open.4':
    '« Est-ce qu’un autre moment ou une autre façon de faire vous conviendrait mieux? Ou préférez-vous simplement me le dire en personne? »',
  'repair.checkins.avoid':
    'Évitez de présenter le bilan comme une obligation. Un bilan sauté ou toujours identique est un message qui mérite d’être entendu.',

  'repair.off_track.title': 'Revoir le plan ensemble',
  'repair.off_track.open.1':
    '« Je suis de près l’évolution des choses, et les changements que nous espérions ne semblent pas encore là. Est-ce que ça correspond à ce que vous ressentez? »',
  'repair.off_track.open.2':
    '« Qu’est-ce qui vous a aidé·e jusqu’ici, même un peu, et qu’est-ce qui ne vous a pas aidé·e? J’aimerais qu’on décide ensemble s’il faut changer quelque chose. »',
  'repair.off_track.open.3':
    '« Est-ce que quelque chose a changé en dehors de nos séances, à la maison, au travail ou avec vos proches, qui rend les choses plus difficiles en ce moment? »',
  'repair.off_track.open.4':
    '« Il y a d’autres façons de travailler là-dessus. Seriez-vous ouvert·e à essayer une autre approche, ou à ajouter un autre soutien? »',
  'repair.off_track.avoid':
    'Évitez de continuer sans rien changer en espérant que ça s’améliore. Parlez du dossier en supervision ou en consultation, et continuez de revoir les résultats ensemble.',

  'repair.deterioration.title': 'Les choses se sont aggravées : faire le point ensemble',
  'repair.deterioration.open.1':
    '« Vos bilans laissent penser que les choses sont devenues plus difficiles depuis le début, et je veux prendre ça au sérieux. Que se passe-t-il pour vous? »',
  'repair.deterioration.open.2':
    '« Y a-t-il quelque chose dans nos séances qui rend les choses plus lourdes? Vous pouvez me le dire. »',
  'repair.deterioration.open.3':
    '« Quand les choses deviennent aussi difficiles, il arrive qu’on pense à ne plus vouloir vivre. Est-ce que ce genre de pensée vous est venu? »',
  'repair.deterioration.open.4':
    '« Est-ce que ça aiderait de changer quelque chose : la fréquence de nos rencontres, ce sur quoi on se concentre, ou l’ajout d’un autre soutien? »',
  'repair.deterioration.avoid':
    'Évitez de présenter la dégradation comme une étape normale. Revoyez le plan, posez des questions sur la sécurité et consultez votre superviseur·e si ça se poursuit.',

  'repair.repaired.title': 'L’alliance s’est rétablie : repérer ce qui a aidé',
  'repair.repaired.open.1':
    '« Vos bilans sont remontés après cette période plus difficile. Qu’est-ce qui a fait la différence pour vous? »',
  'repair.repaired.open.2':
    '« Merci d’avoir persévéré quand ça n’allait pas entre nous. Si quelque chose vous dérange à nouveau, j’espère que vous me le direz. »',
  'repair.repaired.open.3':
    '« Y a-t-il quelque chose qu’on fait différemment depuis peu et que vous aimeriez qu’on garde? »',
  'repair.repaired.avoid':
    'Évitez de considérer la question comme réglée pour de bon. Continuez de demander comment ça va; une rupture réparée peut demander qu’on y revienne.',

  'repair.improvement.title': 'Un vrai progrès : le souligner ensemble',
  'repair.improvement.open.1':
    '« Vos bilans montrent un vrai changement depuis le début, plus que les hauts et les bas habituels. Est-ce que ça correspond à ce que vous ressentez? »',
  'repair.improvement.open.2':
    '« Selon vous, qu’est-ce qui a fait la différence? C’est bon de le savoir, pour pouvoir continuer à s’en servir. »',
  'repair.improvement.open.3':
    '« Maintenant que ça va mieux, sur quoi aimeriez-vous travailler ensuite? Ou est-ce le moment de préparer la fin de nos rencontres? »',
  'repair.improvement.avoid':
    'Évitez de vous attribuer le mérite ou de décider de la suite à sa place. Laissez la personne dire ce qui a changé et ce qu’elle souhaite maintenant.',

  'repair.boundary.title': 'Limites professionnelles : suivez la politique de la clinique',
  'repair.boundary.open.1':
    'Suivez la politique de votre clinique sur les limites professionnelles, que la préoccupation vous concerne ou concerne quelqu’un d’autre. Ne la traitez pas seul·e en séance.',
  'repair.boundary.open.2':
    'Parlez-en aujourd’hui à votre superviseur·e ou à la direction clinique, avant de revoir cette personne ou de communiquer avec elle.',
  'repair.boundary.open.3':
    'Consignez par écrit ce qui a été signalé, quand, et ce que vous avez fait, de façon factuelle.',
  'repair.boundary.open.4':
    'Si la personne vous en parle, écoutez-la, remerciez-la et dites-lui comment la clinique fera le suivi. Ne vous justifiez pas, ne contestez pas et ne lui demandez pas de revenir sur ce qu’elle a dit.',
  'repair.boundary.avoid':
    'N’essayez jamais de dissuader la personne ni de garder l’affaire entre vous deux. Elle doit rester libre de la signaler à la clinique ou à l’ordre professionnel.',

  'repair.risk.title': 'Risque possible : appliquez aujourd’hui le protocole de la clinique',
  'repair.risk.open.1':
    'Appliquez dès maintenant le protocole de gestion du risque de votre clinique. N’attendez pas la prochaine séance.',
  'repair.risk.open.2':
    'Joignez la personne aujourd’hui, par les moyens prévus au protocole, et posez-lui directement des questions sur sa sécurité, y compris sur des idées de suicide ou d’automutilation.',
  'repair.risk.open.3':
    'Évaluez le risque et convenez avec elle des prochaines étapes. Si elle est en danger immédiat, appelez les services d’urgence.',
  'repair.risk.open.4':
    'Informez votre superviseur·e ou la direction clinique, et consignez ce que vous avez constaté, ce que vous avez fait et à quel moment.',
  'repair.risk.avoid':
    'Ne vous fiez pas à un simple message et ne reportez pas la question à la prochaine séance. Si vous ne joignez pas la personne, suivez aussi le protocole prévu pour ce cas.',
} as const satisfies Record<keyof typeof repairEn, string>;
