import type { guideEn } from './guide.en';

/** Le guide des signaux d’alarme pour les client·e·s, et l’aide du formulaire de préoccupation. */
export const guideFr = {
  'guide.title': 'Quand la thérapie vous convient, et quand ce n’est pas le cas',
  'guide.lead':
    'La relation avec votre thérapeute est l’un des facteurs qui comptent le plus pour que la thérapie vous aide. Ce guide décrit à quoi vous attendre, ce qui devrait vous inquiéter et ce que vous pouvez faire. Vous avez toujours le droit d’en parler.',
  'guide.youCouldSay': 'Vous pourriez dire :',

  'guide.action.raise_concern': 'Signaler que quelque chose ne va pas',
  'guide.action.switch_therapist': 'Trouver un·e autre thérapeute',
  'guide.action.report_boundary': 'Signaler un problème de limites',
  'guide.action.crisis': 'Ressources en cas de crise',

  'guide.good.title': 'À quoi ressemble une bonne relation thérapeutique',
  'guide.good.p.1':
    'La thérapie est un travail qui se fait à deux. Quelle que soit la méthode, une bonne relation ressemble généralement à ceci :',
  'guide.good.list.1':
    'Vous vous sentez écouté·e et respecté·e, même quand vous parlez de choses difficiles.',
  'guide.good.list.2': 'Votre thérapeute et vous êtes d’accord sur ce que vous travaillez.',
  'guide.good.list.3':
    'Vous êtes d’accord sur la façon de le travailler, et vous comprenez pourquoi.',
  'guide.good.list.4':
    'Vous pouvez être en désaccord, ou dire que quelque chose ne vous aide pas, et c’est bien reçu.',
  'guide.good.list.5':
    'Les séances portent sur vous, et votre thérapeute garde des limites claires.',
  'guide.good.list.6':
    'Vous connaissez les règles de base : les frais, les annulations, ce qui reste confidentiel et dans quels cas la confidentialité peut être levée.',
  'guide.good.p.2':
    'Aucune relation n’est parfaite. Les malentendus arrivent aussi en thérapie, et en parler renforce souvent le travail.',

  'guide.early.title': 'Les premières séances',
  'guide.early.p.1':
    'Il est normal de se sentir mal à l’aise ou hésitant·e au début. Vous confiez des choses personnelles à quelqu’un que vous connaissez à peine, et la confiance prend du temps : souvent trois à cinq séances.',
  'guide.early.p.2':
    'Vos premières impressions comptent quand même. Si quelque chose vous dérange dès le début, vous pouvez le dire. Vous pouvez aussi rencontrer quelques thérapeutes avant de faire votre choix.',
  'guide.early.p.3':
    'Un malaise qui diminue avec le temps, c’est courant. Se sentir en danger, jugé·e ou sous pression, par contre, n’est jamais normal.',

  'guide.redFlags.title': 'Les signes que quelque chose ne va pas',
  'guide.redFlags.p.1':
    'Un moment maladroit peut généralement se régler en en parlant. Ce qui se répète est un signal d’alarme. Le non-respect d’une limite professionnelle en est un, même si c’est arrivé une seule fois.',
  'guide.redFlags.list.1': 'Vos émotions sont balayées du revers de la main.',
  'guide.redFlags.list.2': 'Vous vous sentez jugé·e ou humilié·e.',
  'guide.redFlags.list.3': 'Votre thérapeute parle surtout de sa propre vie.',
  'guide.redFlags.list.4': 'Votre thérapeute franchit une limite professionnelle.',
  'guide.redFlags.list.5': 'Vous ne vous sentez pas entendu·e, encore et encore.',
  'guide.redFlags.p.2':
    'Fiez-vous à votre ressenti. Vous n’avez pas besoin de preuves pour exprimer une préoccupation.',

  'guide.dismissed.title': 'Vos émotions sont balayées du revers de la main',
  'guide.dismissed.p.1':
    'Par exemple, on vous dit que vous exagérez ou que « ce n’est pas si grave », ou on change de sujet chaque fois que vous abordez quelque chose.',
  'guide.dismissed.p.2':
    'Vos émotions sont justement la raison d’être de la thérapie. Un·e bon·ne thérapeute peut vous aider à voir les choses autrement, mais commence par les prendre au sérieux.',

  'guide.judged.title': 'Vous vous sentez jugé·e ou humilié·e',
  'guide.judged.p.1':
    'Par exemple, des remarques qui vous font sentir stupide, mauvais·e ou « de trop »; des critiques sur qui vous êtes, votre corps, votre culture, votre sexualité ou vos croyances; ou le fait qu’on vous culpabilise d’avoir du mal.',
  'guide.judged.p.2':
    'Vous devriez pouvoir dire des choses difficiles en thérapie sans crainte. Si vous ressortez des séances avec un sentiment de honte, encore et encore, il est temps d’agir.',

  'guide.selfFocus.title': 'Votre thérapeute parle surtout de sa propre vie',
  'guide.selfFocus.p.1':
    'Il peut arriver qu’un·e thérapeute partage un peu de son vécu quand cela vous aide. C’est un signal d’alarme quand les séances reviennent sans cesse à sa vie, à ses problèmes ou à ses opinions, ou quand vous finissez par prendre soin de ses émotions.',
  'guide.selfFocus.p.2': 'Le temps de la séance est pour vous.',
  'guide.selfFocus.say.1':
    '« J’aimerais qu’on garde notre temps centré sur moi. Pouvons-nous revenir à ce que je disais? »',
  'guide.selfFocus.say.2':
    '« On passe beaucoup de temps sur votre expérience. Ça m’aiderait davantage de parler de la mienne. »',

  'guide.boundary.title': 'Votre thérapeute franchit une limite professionnelle',
  'guide.boundary.p.1':
    'Les thérapeutes suivent des règles professionnelles claires, parce que la relation est inégale : vous confiez des choses personnelles, et c’est votre thérapeute qui détient le pouvoir et la responsabilité. Voici des exemples de limites franchies :',
  'guide.boundary.list.romantic_or_sexual':
    'Des remarques romantiques ou sexuelles, de la séduction, ou des contacts physiques à caractère sexuel. Tout contact physique dont vous ne vouliez pas.',
  'guide.boundary.list.meeting_socially':
    'Vous proposer de vous voir en dehors des séances, par exemple pour prendre un café ou devenir ami·e·s.',
  'guide.boundary.list.money_or_business':
    'Des échanges d’argent ou d’affaires en plus des frais convenus : prêts, placements, vente de produits, demandes de services ou de travail.',
  'guide.boundary.list.secrecy':
    'Vous demander de garder secret quelque chose au sujet de vos séances ou de votre relation.',
  'guide.boundary.list.social_media':
    'Communiquer avec vous, ou vous demander de le faire, sur ses réseaux sociaux personnels ou son téléphone personnel.',
  'guide.boundary.p.2':
    'Si cela vous est arrivé, vous n’avez rien fait de mal. Respecter les limites est toujours la responsabilité du ou de la thérapeute, peu importe ce qui a été dit ou ressenti pendant les séances.',
  'guide.boundary.p.3':
    'Vous n’êtes pas obligé·e d’en parler à votre thérapeute, et vous pouvez cesser de le ou la voir à tout moment. Vous pouvez le signaler à la clinique, ainsi qu’à l’ordre professionnel ou à l’organisme de réglementation auprès duquel votre thérapeute est inscrit·e. Rapport peut vous aider à trouver un·e autre thérapeute et, si vous le souhaitez, à lui transmettre votre historique.',
  'guide.boundary.p.4':
    'Si vous ne vous sentez pas en sécurité, ou si quelqu’un vous menace, communiquez avec les services d’urgence.',

  'guide.unheard.title': 'Vous ne vous sentez pas entendu·e, encore et encore',
  'guide.unheard.p.1':
    'Tout le monde se sent incompris à l’occasion, et le dire aide souvent. Mais si vous revenez sans cesse sur quelque chose sans que rien ne change, ou si vous sortez de la plupart des séances en vous sentant incompris·e, la relation ne vous convient pas.',
  'guide.unheard.p.2':
    'Ce n’est pas un échec de votre part. Parfois, le courant ne passe pas, et la solution est un·e autre thérapeute ou une autre approche.',
  'guide.unheard.say.1':
    '« J’en ai déjà parlé, et je ne me sens toujours pas entendu·e là-dessus. J’ai besoin qu’on fasse les choses autrement. »',
  'guide.unheard.say.2':
    '« Je ne suis pas sûr·e que notre collaboration me convienne. Pouvons-nous en parler franchement? »',

  'guide.raise.title': 'Comment en parler en séance',
  'guide.raise.p.1':
    'Un·e bon·ne thérapeute veut savoir quand quelque chose ne fonctionne pas, parce que ça l’aide à mieux vous aider. Vous n’avez pas besoin de mots parfaits.',
  'guide.raise.list.1': 'Abordez-le au début de la séance, pour avoir le temps d’en discuter.',
  'guide.raise.list.2':
    'Décrivez un moment précis et ce que vous avez ressenti : « Quand vous avez dit …, je me suis senti·e … »',
  'guide.raise.list.3': 'Dites ce que vous aimeriez à la place, si vous le savez.',
  'guide.raise.list.4':
    'Si c’est trop difficile à dire à voix haute, écrivez-le et lisez-le, ou utilisez d’abord « Quelque chose ne va pas » dans Rapport.',
  'guide.raise.p.2':
    'Observez la réaction de votre thérapeute. Écouter, poser des questions et changer quelque chose sont de bons signes. Se mettre sur la défensive, vous blâmer ou balayer la question ne le sont pas.',

  'guide.concern.title': 'Utiliser « Quelque chose ne va pas » dans Rapport',
  'guide.concern.p.1':
    'Vous pouvez exprimer une préoccupation à tout moment, pas seulement après une séance, et vous choisissez si elle est transmise à votre thérapeute.',
  'guide.concern.p.2':
    'Le formulaire vous suggère des mots à utiliser si vous voulez en parler à votre prochaine séance.',

  'guide.switch.title': 'Changer de thérapeute sans perdre votre historique',
  'guide.switch.p.1':
    'Vous pouvez changer de thérapeute à tout moment, sans avoir à vous justifier. Dans Rapport, vous pouvez trouver et rencontrer un·e nouvel·le thérapeute avant de mettre fin au suivi actuel.',
  'guide.switch.p.2':
    'Vos objectifs et votre historique vous appartiennent. Si vous le souhaitez, Rapport prépare un dossier de transfert pour votre nouvel·le thérapeute, et vous choisissez ce qu’il contient.',
  'guide.switch.p.3':
    'Vous pouvez expliquer à votre thérapeute actuel·le pourquoi vous partez, si vous le voulez. Ça peut l’aider, mais c’est votre choix.',

  'guide.crisis.title': 'Si vous êtes en danger ou en crise',
  'guide.crisis.p.1':
    'Si vous êtes en danger, ou si vous risquez de vous faire du mal ou d’en faire à quelqu’un, appelez tout de suite le numéro d’urgence local ou rendez-vous à l’urgence la plus proche.',
  'guide.crisis.p.2':
    'Si vous avez besoin de parler à quelqu’un immédiatement, une ligne de crise peut vous aider. Les ressources de crise de votre clinique sont indiquées ci-dessous.',
  'guide.crisis.p.3':
    'Votre thérapeute ne voit pas forcément tout de suite ce que vous écrivez dans Rapport. N’utilisez donc pas Rapport pour demander de l’aide urgente.',

  'concern.howToSay.heading':
    'Si vous voulez en parler à votre prochaine séance, vous pourriez dire :',

  'concern.category.felt_judged': 'Je me suis senti·e jugé·e ou critiqué·e',
  'concern.howToSay.felt_judged.1':
    '« La dernière fois, quand vous avez dit …, je me suis senti·e jugé·e. J’aimerais qu’on en parle. »',
  'concern.howToSay.felt_judged.2':
    '« C’est difficile pour moi d’être franc·he quand je me sens critiqué·e. Pouvons-nous parler de la façon dont ça a été dit? »',
  'concern.howToSay.felt_judged.3':
    '« J’ai besoin de sentir que je peux vous dire des choses sans être jugé·e, et en ce moment ce n’est pas toujours le cas. »',

  'concern.category.felt_dismissed': 'Mes émotions ou mes inquiétudes ont été mises de côté',
  'concern.howToSay.felt_dismissed.1':
    '« Quand j’ai parlé de …, j’ai eu l’impression qu’on est passé à autre chose trop vite. C’est important pour moi, et j’aimerais y revenir. »',
  'concern.howToSay.felt_dismissed.2':
    '« Je n’ai pas l’impression que ce que j’ai dit a été pris au sérieux. »',
  'concern.howToSay.felt_dismissed.3':
    '« Pouvons-nous ralentir? Je ne pense pas avoir réussi à faire comprendre ce que je voulais dire. »',

  'concern.category.goals': 'Nous ne travaillons pas sur ce qui compte pour moi',
  'concern.howToSay.goals.1':
    '« J’aimerais revoir nos objectifs. Je ne suis pas sûr·e qu’on travaille sur ce qui compte le plus pour moi. »',
  'concern.howToSay.goals.2':
    '« Ce que je veux le plus changer en ce moment, c’est … Pouvons-nous nous concentrer là-dessus? »',

  'concern.category.approach': 'Notre façon de travailler ne me convient pas',
  'concern.howToSay.approach.1':
    '« Je ne suis pas sûr·e que notre façon de travailler me convienne. Pourrions-nous essayer autre chose? »',
  'concern.howToSay.approach.2':
    '« Les exercices entre les séances ne m’aident pas beaucoup. Pouvons-nous en parler? »',
  'concern.howToSay.approach.3':
    '« J’aimerais comprendre pourquoi nous travaillons de cette façon. »',

  'concern.category.practical':
    'Un aspect pratique : l’horaire, le coût, le déplacement, l’énergie',
  'concern.howToSay.practical.1':
    '« L’heure de nos séances devient difficile pour moi. Y aurait-il un autre moment possible? »',
  'concern.howToSay.practical.2':
    '« Le coût devient lourd pour moi. Pouvons-nous voir quelles options il y a? »',
  'concern.howToSay.practical.3':
    '« Certains jours, je n’ai pas l’énergie de me déplacer. Pourrions-nous parfois nous voir en ligne? »',

  'concern.category.boundary': 'Mon ou ma thérapeute a franchi une limite',
  'concern.note.boundary':
    'Vous n’êtes pas obligé·e d’en parler à votre thérapeute. Vous n’avez rien fait de mal, vous pouvez cesser de le ou la voir, et vous pouvez le signaler à la clinique ou à l’organisme auprès duquel votre thérapeute est inscrit·e.',
  'concern.howToSay.boundary.1':
    'À la clinique : « Je veux signaler quelque chose que mon ou ma thérapeute a fait et qui ne me semblait pas correct. »',
  'concern.howToSay.boundary.2':
    'À votre thérapeute, seulement si vous le voulez : « Je ne suis pas à l’aise avec … J’ai besoin que nos contacts restent professionnels. »',

  'concern.category.other': 'Autre chose ne va pas',
  'concern.howToSay.other.1':
    '« Quelque chose cloche entre nous depuis un moment, et je ne sais pas trop quoi. Pouvons-nous en parler? »',
  'concern.howToSay.other.2':
    '« C’est difficile à dire, mais je ne pense pas que la thérapie m’aide en ce moment. »',
} as const satisfies Record<keyof typeof guideEn, string>;
