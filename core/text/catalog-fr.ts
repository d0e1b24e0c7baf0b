// Every user-facing string, French. Same keys and placeholders as catalog-en.ts (see there for
// the format). Register: "vous", warm and plain; "vous" is the respectful default for people one
// does not know, and reads as kind rather than cold in a support setting.
import type { Messages } from "./catalog-en.js";

export const fr: Messages = {
  // Errors and refusals
  "error.usage": "Utilisation : `{usage}`",
  "error.invalidArg": "**{param}** devrait être {problem}.",
  "error.missingArg": "Il manque **{param}**.",
  "error.tooManyArgs":
    "Il y a ici plus que ce que `{command}` accepte : « {extra} » n'a pas de place. Rien n'a été modifié.",
  "error.unknownCommand":
    "Je ne connais pas la commande `{command}`. {help} affiche les commandes que vous pouvez utiliser.",
  "error.moderatorOnly": "Seuls les modérateurs peuvent utiliser {command}.",
  "error.groupOnly": "Utilisez cette commande dans votre groupe plutôt que dans une conversation privée.",
  "error.internal":
    "Désolé, un problème est survenu de notre côté. Rien n'a été modifié ; réessayez dans un instant.",
  "error.unavailable":
    "Le bot est momentanément indisponible. Rien n'a été modifié ; réessayez dans une minute.",
  "error.notYourButton": "Ces boutons sont destinés à quelqu'un d'autre.",
  "error.staleButton": "Ce bouton n'est plus valable.",
  "error.unknownMember":
    "Je ne connais pas encore **{member}** dans ce groupe : cette personne doit l'avoir rejoint ou y avoir utilisé une commande.",
  "error.unknownRole": "Je ne sais pas quel rôle est **{role}**. Mentionnez le rôle.",
  "error.unknownChannel":
    "Je ne sais pas quel salon est **{channel}**. Mentionnez le salon ou utilisez `here`.",

  // What a typed value should be ({param} should be …)
  "problem.valid": "valide",
  "problem.wholeNumber": "un nombre entier",
  "problem.min": "{value, number} ou plus",
  "problem.max": "{value, number} ou moins",
  "problem.atLeastChars": "d'au moins {value, plural, one {# caractère} other {# caractères}}",
  "problem.atMostChars": "d'au plus {value, plural, one {# caractère} other {# caractères}}",
  "problem.oneOf": "l'un de : {value}",
  "problem.yesNo": "yes ou no",

  "limit.commands":
    "Vous envoyez des commandes plus vite que je ne peux répondre. Attendez une minute puis réessayez ; rien n'a été modifié.",
  "limit.suggest":
    "Merci pour toutes vos propositions ! Attendez une minute avant d'en envoyer une autre ; celle-ci n'a pas été enregistrée.",
  "limit.openSuggestions":
    "Vous avez déjà {max} propositions en attente des modérateurs. Quand ils les auront examinées, vous pourrez en proposer d'autres ; celle-ci n'a pas été enregistrée.",
  "limit.report":
    "Merci : les modérateurs ont les signalements envoyés dans la dernière minute. Attendez une minute avant d'en envoyer un autre ; celui-ci n'a pas été envoyé.",
  "crisis.alertRecent":
    "Les modérateurs ont été prévenus il y a quelques minutes que vous avez demandé de l'aide ; je ne les ai pas prévenus à nouveau.",

  // Told to moderators once
  "notice.cannotRemoveCommands":
    "**Modérateurs :** des membres ont tapé ici des commandes qui disent quelque chose de leur santé, et je ne peux pas supprimer ces messages. Donnez-moi le droit de supprimer des messages.",
  "operation.post": "publier dans un salon",
  "operation.directMessage": "envoyer des messages privés",
  "operation.restrictMembers": "restreindre des membres",
  "operation.manageRoles": "gérer les rôles",
  "notice.missingPermission":
    "**Modérateurs :** je ne peux pas {operation} ici car il me manque l'autorisation. Vérifiez mon rôle ou mes droits d'administration.",

  // Command names as Discord shows them in this language (lowercase, at most 32 letters, digits, - or _);
  // typed commands stay English everywhere.
  "cmdname.help": "aide",
  "cmdname.rules": "règles",
  "cmdname.agree": "accepter",
  "cmdname.tags": "étiquettes",
  "cmdname.iam": "jesuis",
  "cmdname.iamnot": "jenesuispas",
  "cmdname.mytags": "mesétiquettes",
  "cmdname.resources": "ressources",
  "cmdname.suggest": "proposer",
  "cmdname.report": "signaler",
  "cmdname.mydata": "mesdonnées",
  "cmdname.forgetme": "oubliez-moi",
  "cmdname.crisis": "crise",
  "cmdname.language": "langue",

  // Help and command descriptions (≤ 100 characters: Discord's limit on descriptions)
  "help.title": "**Les commandes que vous pouvez utiliser**",
  "help.members": "**Tout le monde**",
  "help.moderators": "**Modérateurs**",
  "help.line": "`{usage}` — {description}",
  "cmd.help": "Afficher les commandes que vous pouvez utiliser",
  "cmd.rules": "Lire les règles du groupe et voir si vous les avez acceptées",
  "cmd.agree": "Accepter les règles actuelles du groupe",
  "cmd.tags": "Voir les étiquettes que vous pouvez choisir",
  "cmd.iam": "Vous attribuer une étiquette",
  "cmd.iamnot": "Retirer une de vos étiquettes",
  "cmd.mytags": "Voir vos étiquettes (vous seul les voyez)",
  "cmd.mod.rules.add": "Ajouter une règle à la fin",
  "cmd.mod.rules.edit": "Modifier le texte d'une règle",
  "cmd.mod.rules.remove": "Supprimer une règle",
  "cmd.mod.rules.move": "Déplacer une règle à une autre position",
  "cmd.mod.rules.clear": "Supprimer toutes les règles",
  "cmd.mod.welcome.set": "Définir le message d'accueil ('{member}' et '{community}' sont remplis)",
  "cmd.mod.welcome.show": "Afficher le message d'accueil tel qu'il est écrit",
  "cmd.mod.welcome.preview": "Voir l'accueil comme un nouveau membre le verrait",
  "cmd.mod.welcome.mode": "Publier les accueils dans le groupe ou les envoyer en privé",
  "cmd.mod.welcome.channel": "Choisir le salon où les accueils sont publiés",
  "cmd.mod.gate.remind": "Relancer les nouveaux qui n'ont pas accepté après ces heures (0 = jamais)",
  "param.hours": "Heures",
  "gate.remindSet":
    "Les nouveaux membres qui n'ont pas accepté les règles après {hours, plural, one {# heure} other {# heures}} reçoivent un rappel privé (tant que le filtre est actif).",
  "gate.remindOff": "Aucun rappel ne sera envoyé.",
  "cmd.mod.pending": "Lister les membres qui n'ont pas encore accepté les règles",
  "cmd.mod.gate.on": "Les nouveaux membres participent seulement après avoir accepté les règles",
  "cmd.mod.gate.off": "Les nouveaux membres participent tout de suite",
  "cmd.mod.gate.role": "Choisir le rôle reçu en acceptant les règles (Discord)",
  "cmd.mod.tags.create": "Créer une étiquette",
  "cmd.mod.tags.edit": "Modifier une étiquette",
  "cmd.mod.tags.delete": "Supprimer une étiquette et la retirer à tout le monde",
  "cmd.mod.tags.give": "Donner une étiquette à un membre",
  "cmd.mod.tags.take": "Retirer une étiquette à un membre",
  "cmd.mod.tags.members": "Voir quels membres de ce groupe ont une étiquette (privées comprises)",

  // Parameter descriptions
  "param.rule": "Le texte de la règle",
  "param.number": "Le numéro de la règle",
  "param.to": "La nouvelle position",
  "param.text": "Le texte",
  "param.mode": "group (dans le groupe) ou private (en privé)",
  "param.channel": "Un salon (ou here)",
  "param.role": "Un rôle",
  "param.tag": "Le nom d'une étiquette",
  "param.member": "Un membre",
  "param.name": "Le nom de l'étiquette",
  "param.description": "Ce que signifie l'étiquette",
  "param.emoji": "Un emoji affiché à côté",
  "param.self": "Si les membres peuvent la choisir eux-mêmes",
  "param.visibility": "public (les autres voient qui l'a) ou private",
  "param.type": "condition (privée par défaut) ou role",

  // Rules
  "rules.title": "**Règles de {community}** (version {version})",
  "rules.titleUnnamed": "**Règles** (version {version})",
  "rules.empty": "Ce groupe n'a pas encore de règles.",
  "rules.accepted": "Vous avez accepté ces règles le {date, date, medium}.",
  "rules.notAccepted":
    "Vous n'avez pas encore accepté ces règles : utilisez {agree} ou le bouton ci-dessous.",
  "rules.outdated":
    "Les règles ont changé depuis que vous avez accepté la version {old}. Relisez-les et acceptez-les avec {agree}.",
  "rules.acceptButton": "J'accepte les règles",
  "rules.acceptedNow": "Merci d'avoir accepté les règles (version {version}). Tout est prêt.",
  "rules.alreadyAccepted": "Vous avez déjà accepté les règles actuelles (version {version}).",
  "rules.nothingToAccept": "Il n'y a pas encore de règles à accepter.",
  "rules.added":
    "Règle {number} ajoutée. Les règles sont maintenant en version {version} ; il sera demandé aux membres de les accepter à nouveau.",
  "rules.addedFirst":
    "Règle 1 ajoutée. Les règles sont maintenant en version {version} ; il sera demandé aux membres de les accepter.",
  "rules.edited": "Règle {number} modifiée. Les règles sont maintenant en version {version}.",
  "rules.removed": "Règle {number} supprimée. Les règles sont maintenant en version {version}.",
  "rules.moved":
    "La règle {from} est maintenant la règle {to}. Les règles sont maintenant en version {version}.",
  "rules.cleared": "Toutes les règles ont été supprimées. Les règles sont maintenant en version {version}.",
  "rules.limit": "Un groupe peut avoir au plus {max, plural, one {# règle} other {# règles}}.",
  "rules.noSuchRule":
    "Il n'y a pas de règle {number} : {count, plural, one {il n'y a que la règle 1} other {les règles vont de 1 à #}}.",
  "rules.noRules": "Il n'y a pas encore de règles.",
  "rules.clearConfirm":
    "{count, plural, one {Supprimer la seule règle} other {Supprimer les # règles}} ? Les membres n'auront plus de règles à accepter.",
  "rules.clearButton": "Supprimer toutes les règles",
  "rules.changed":
    "Les règles ont changé pendant que vous décidiez ; rien n'a été supprimé. Relancez {command}.",
  "rules.unchanged":
    "Cela laisse les règles exactement telles qu'elles sont ; rien n'a été modifié (toujours la version {version}).",
  "common.cancel": "Annuler",
  "common.cancelled": "Annulé ; rien n'a été modifié.",

  // Welcome and gate
  "welcome.default":
    "Bienvenue, {member} ! Ceci est un groupe d'entraide entre pairs. Lisez les règles et acceptez-les pour participer.",
  "welcome.defaultUnnamed":
    "Bienvenue ! Ceci est un groupe d'entraide entre pairs. Lisez les règles et acceptez-les pour participer.",
  "welcome.defaultNoRulesUnnamed":
    "Bienvenue ! Ceci est un groupe d'entraide entre pairs. Faites comme chez vous.",
  "welcome.defaultNoRules":
    "Bienvenue, {member} ! Ceci est un groupe d'entraide entre pairs. Faites comme chez vous.",
  "welcome.tagsPrompt":
    "Choisissez les étiquettes qui vous décrivent. C'est facultatif, et vous pouvez les changer à tout moment avec {iam}.",
  "welcome.reminder": "Un petit rappel : pour participer à {community}, lisez les règles et acceptez-les.",
  "welcome.reminderUnnamed": "Un petit rappel : pour participer au groupe, lisez les règles et acceptez-les.",
  "welcome.gateNote": "Vous pourrez participer au groupe une fois les règles acceptées.",
  "welcome.saved": "Message d'accueil enregistré. Utilisez {preview} pour le voir comme un nouveau membre.",
  "welcome.show": "Le message d'accueil, tel qu'il est écrit :",
  "welcome.showDefault":
    "Aucun message d'accueil n'est défini ; les nouveaux membres voient celui par défaut :",
  "welcome.previewNote": "_Aperçu : voici ce que voit un nouveau membre._",
  "welcome.modeGroup": "Les accueils seront publiés dans le groupe.",
  "welcome.modePrivate": "Les accueils seront envoyés en privé aux nouveaux membres.",
  "welcome.channelSet": "Les accueils seront publiés dans ce salon.",
  "pending.title":
    "**{count, plural, one {# membre n'a pas encore accepté} other {# membres n'ont pas encore accepté}} les règles actuelles**",
  "pending.none": "Tout le monde a accepté les règles actuelles.",
  "pending.more": "…et {count, number} de plus.",
  "pending.noRules": "Il n'y a pas encore de règles ; personne n'a rien à accepter.",
  "pending.never": " (arrivé le {date, date, medium}, n'a pas encore accepté)",
  "pending.outdated": " (a accepté la version {version})",
  "gate.on":
    "Filtre actif : les nouveaux membres ne peuvent participer qu'après avoir accepté les règles, là où la plateforme le permet.",
  "gate.onNoRules":
    "Filtre actif, mais il n'y a pas encore de règles : personne n'est retenu et l'accueil ne demande rien tant que vous n'en ajoutez pas une avec {add}.",
  "gate.off": "Filtre désactivé : les nouveaux membres peuvent participer tout de suite.",
  "gate.alreadyOn": "Le filtre est déjà actif.",
  "gate.alreadyOff": "Le filtre est déjà désactivé.",
  "gate.roleSet":
    "Les membres recevront ce rôle en acceptant les règles. Rendez vos salons visibles à ce rôle seulement.",
  "gate.noRoles":
    "Sur cette plateforme, le filtre retient directement les nouveaux venus ; aucun rôle n'est nécessaire.",

  // App Home (Slack) and other summaries
  "home.title": "**{community}**",
  "home.titleUnnamed": "**Votre groupe**",
  "home.tags": "Vos étiquettes : {list}",
  "home.noTags": "Vous n'avez pas encore d'étiquette : {tags} montre celles que vous pouvez choisir.",
  "home.moderators": "**Pour les modérateurs**",
  "home.pending":
    "{count, plural, one {# membre n'a pas accepté} other {# membres n'ont pas accepté}} les règles actuelles ({command}).",

  // Resources
  "cmd.resources": "Chercher dans la bibliothèque de ressources vérifiées du groupe",
  "cmd.suggest": "Proposer un lien pour la bibliothèque (les modérateurs le vérifient)",
  "cmd.mod.resources.add": "Ajouter une ressource vérifiée à la bibliothèque",
  "cmd.mod.resources.edit": "Modifier une ressource (elle est alors marquée vérifiée)",
  "cmd.mod.resources.retire": "Retirer une ressource de la bibliothèque",
  "cmd.mod.resources.review": "Examiner les propositions une par une",
  "cmd.mod.resources.trusted.add": "Marquer un domaine comme source de confiance",
  "cmd.mod.resources.trusted.remove": "Ne plus faire confiance à un domaine",
  "cmd.mod.resources.trusted.list": "Lister les sources de confiance",
  "param.query": "Les mots à chercher",
  "param.url": "Le lien (http ou https)",
  "param.title": "Le titre (entre guillemets s'il contient des espaces)",
  "param.summary": "Une ligne sur ce que c'est",
  "param.topics": "Étiquettes de sujet, séparées par des virgules",
  "param.source": "government, clinical, patient_org, peer ou other",
  "param.id": "Le numéro de la ressource",
  "param.domain": "Un domaine, p. ex. ameli.fr",
  "source.government": "organisme public",
  "source.clinical": "source médicale",
  "source.patient_org": "association de patients",
  "source.peer": "écrit par des pairs",
  "source.other": "autre source",
  "res.title": "**Ressources** (page {page})",
  "res.titleQuery": "**Ressources pour « {query} »** (page {page})",
  "res.none": "Aucune ressource ne correspond à « {query} ».",
  "res.empty": "La bibliothèque est vide pour l'instant. {suggest} permet de proposer un lien.",
  "res.summary": " — {summary}",
  "res.meta": "{source} · n° {id} · approuvée par ",
  "res.metaNobody": "{source} · n° {id}",
  "res.reviewed": " · vérifiée le {date, date, medium}",
  "res.prev": "‹ Précédent",
  "res.next": "Suivant ›",
  "res.suggested": "Merci ! Votre proposition n° {id}, **{title}**, attend l'examen des modérateurs.",
  "res.duplicate": "Ce lien est déjà dans la bibliothèque : **{title}** (n° {id}).",
  "res.duplicatePending": "Ce lien a déjà été proposé et attend l'examen (n° {id}).",
  "res.duplicateRejected": "Ce lien a déjà été examiné et n'a pas été ajouté (n° {id}).",
  "res.duplicateRetired": "Ce lien était dans la bibliothèque et a été retiré (n° {id}).",
  "res.badScheme": "Seuls les liens http:// et https:// peuvent être ajoutés.",
  "res.badUrl": "Cela ne ressemble pas à une adresse web. Exemple : https://www.ameli.fr/assure/sante/",
  "res.longUrl": "Ce lien est trop long (au plus {max, plural, one {# caractère} other {# caractères}}).",
  "res.credentialsUrl":
    "Les liens qui contiennent un nom d'utilisateur ou un mot de passe ne peuvent pas être ajoutés.",
  "res.badTopics":
    "Donnez au plus {max, plural, one {# étiquette de sujet} other {# étiquettes de sujet}} d'au plus {length, plural, one {# caractère} other {# caractères}}, séparées par des virgules.",
  "res.added": "**{title}** ajoutée à la bibliothèque (n° {id}) : {details}.",
  "res.edited": "Ressource n° {id} mise à jour ({details}) et marquée vérifiée.",
  "res.retired":
    "Ressource n° {id} retirée : elle n'apparaît plus dans les recherches ni dans les sélections.",
  "res.noSuch": "Il n'y a pas de ressource n° {id} dans cette bibliothèque.",
  "res.nothingToEdit": 'Dites ce qu\'il faut changer, p. ex. `title:"Nouveau titre"` ou `source:clinical`.',
  "res.queueEmpty": "Aucune proposition n'attend d'examen.",
  "res.review": "**Proposition n° {id}** — {left, plural, one {# en attente} other {# en attente au total}}",
  "res.trusted": "✓ Source de confiance ({host})",
  "res.unverified": "⚠ Source non vérifiée ({host}) : vérifiez-la avant de l'approuver.",
  "res.suggestedBy": "Proposée par ",
  "res.suggestedByGone": "Proposée par un membre qui est parti depuis ou a demandé à être oublié.",
  "res.approve": "Approuver",
  "res.reject": "Refuser",
  "res.edit": "Modifier",
  "res.approved": "N° {id} approuvée : elle est maintenant dans la bibliothèque.",
  "res.rejected": "N° {id} refusée.",
  "res.editHelp": "Pour la modifier, utilisez {command} (elle reste en attente jusqu'à son approbation).",
  "res.alreadyReviewed": "La proposition n° {id} a déjà été examinée.",
  "trusted.added": "**{domain}** est maintenant une source de confiance.",
  "trusted.already": "**{domain}** est déjà une source de confiance.",
  "trusted.removed": "**{domain}** n'est plus une source de confiance.",
  "trusted.notFound": "**{domain}** n'était pas une source de confiance.",
  "trusted.list": "**Sources de confiance :** {list}",
  "trusted.none": "Pas encore de source de confiance. {command} en ajoute une.",
  "trusted.bad": "Ce n'est pas un nom de domaine. Exemple : ameli.fr",

  // Digests
  "cmd.mod.digest.set": "Publier chaque jour une sélection de ressources dans un salon, à une heure locale",
  "cmd.mod.digest.show": "Afficher les programmations des sélections",
  "cmd.mod.digest.off": "Arrêter la sélection d'un salon (ou toutes)",
  "cmd.mod.digest.preview": "Voir la prochaine sélection sans la publier",
  "cmd.mod.digest.now": "Publier tout de suite la sélection d'un salon",
  "param.time": "Heure locale, p. ex. 09:00",
  "param.timezone": "Fuseau horaire IANA, p. ex. Europe/Paris",
  "param.weekdays": "daily, weekdays, weekends ou p. ex. mon,wed,fri",
  "param.count": "Combien de ressources (1–10)",
  "digest.title": "**Les ressources du jour de {community}**",
  "digest.titleUnnamed": "**Les ressources du jour**",
  "digest.footer": "Trouvez-en d'autres avec {command}.",
  "digest.badTime": "Ce n'est pas une heure. Utilisez le format 24 heures, comme 09:00 ou 18:30.",
  "digest.badZone":
    "Je ne connais pas le fuseau horaire **{zone}**. Utilisez un nom IANA comme Europe/Paris, America/Montreal ou Africa/Dakar.",
  "digest.badWeekdays": "Indiquez les jours, comme daily, weekdays, weekends, mon-fri ou mon,wed,fri.",
  "digest.set":
    "Sélection programmée : {count, plural, one {# ressource} other {# ressources}} à {time} ({zone}), {days}.",
  "digest.none": "Aucune sélection n'est programmée. {command} en programme une.",
  "digest.line":
    "{time} {zone}, {days}, {count, plural, one {# ressource} other {# ressources}} dans le salon ",
  "digest.lineOff": " (arrêtée)",
  "digest.off": "Sélection arrêtée pour {count, plural, one {# salon} other {# salons}}.",
  "digest.noneToStop": "Il n'y avait aucune sélection à arrêter.",
  "digest.emptyLibrary":
    "**Modérateurs :** la sélection du jour n'a pas été publiée car la bibliothèque n'a aucune ressource approuvée. {command} en ajoute une.",
  "digest.emptyPreview":
    "La bibliothèque n'a encore aucune ressource approuvée, il n'y a donc rien à publier.",
  "digest.posted": "Sélection publiée.",
  "digest.cannotPost":
    "**Modérateurs :** je n'ai pas pu publier la sélection dans son salon : il me manque peut-être l'autorisation, ou le salon n'existe plus. {command} affiche les programmations.",
  "digest.notPosted": "Je n'ai pas pu publier la sélection ici. Vérifiez que je peux publier dans ce salon.",
  "digest.noSchedule": "Aucune sélection n'est programmée pour ce salon. {command} en programme une.",

  // Moderation
  "cmd.report": "Signaler un problème aux modérateurs (eux seuls le voient)",
  "cmd.mod.reports": "Lister les signalements ouverts",
  "cmd.mod.reports.dismiss": "Classer un signalement par son numéro",
  "cmd.mod.reports.resolve": "Résoudre un signalement par son numéro (son auteur est prévenu en privé)",
  "cmd.mod.channel.set": "Choisir le salon où les modérateurs reçoivent les alertes",
  "cmd.mod.warn": "Avertir un membre (il en est informé en privé)",
  "cmd.mod.warnings": "Lister les avertissements actifs d'un membre",
  "cmd.mod.warnings.expire": "Choisir après combien de jours les avertissements expirent",
  "cmd.mod.member": "Ce que le bot sait d'un membre : arrivée, règles, avertissements, étiquettes",
  "cmd.mod.warnings.all": "Voir tous les avertissements actifs de ce groupe",
  "cmd.mod.warnings.threshold":
    "Agir quand un membre atteint ce nombre d'avertissements (0 = jamais) : muet, exclu ou banni",
  "cmd.mod.unwarn": "Retirer un avertissement à un membre",
  "cmd.mod.moderators.add": "Faire d'un membre un modérateur de cette communauté",
  "cmd.mod.moderators.remove": "Retirer le rôle de modérateur à un membre",
  "cmd.mod.moderators.list": "Lister les modérateurs ajoutés par ce bot",
  "cmd.mod.audit": "Afficher les dernières actions de modération",
  "cmd.mod.config": "Afficher tous les réglages de cette communauté",
  "param.reason": "Ce qui s'est passé",
  "param.days": "Nombre de jours",
  "param.warning": "Le numéro de l'avertissement",
  "param.reportStatus":
    "Quels signalements : open (ouverts), resolved (résolus), dismissed (classés) ou all (tous)",
  "param.report": "Le numéro du signalement",
  "param.countAudit": "Combien d'entrées (1–100)",
  "report.menu": "Signaler aux modérateurs",
  "form.submit": "OK",
  "slack.about":
    "Règles, accueil et étiquettes pour les groupes d'entraide, gérés par leurs propres modérateurs.",
  "slack.command": "Outils du groupe d'entraide : règles, étiquettes et plus. Essayez /peer help",
  "slack.reportShortcut": "Signaler ce message aux modérateurs ; eux seuls le voient",
  "slack.worriedShortcut":
    "Envoyer discrètement à son auteur un message bienveillant de soutien ; sans dire qui",
  "report.thanks":
    "Merci de nous l'avoir dit. Les modérateurs vont s'en occuper ; les autres membres ne voient pas votre signalement.",
  "report.alert": "**Nouveau signalement n° {id}** de ",
  "report.alertReason": "Motif : {reason}",
  "report.alertMessage": "Message : ",
  "report.noReason": "(aucun motif donné)",
  "report.none": "Aucun signalement ouvert.",
  "report.hintMore": "Suite : {next}. Par numéro : {resolve} 12 ou {dismiss} 12.",
  "report.hint": "Par numéro : {resolve} 12 ou {dismiss} 12.",
  "report.noSuchPage":
    "Il n'y a pas de page {page, number} : {pages, plural, one {il n'y en a qu'une} other {les pages vont de 1 à #}}.",
  "report.noneMatching": "Aucun signalement ne correspond.",
  "report.title": "**Signalements ouverts** ({count, number})",
  "report.status.all": "tous",
  "report.status.dismissed": "classés",
  "report.status.resolved": "résolus",
  "report.status.open": "ouverts",
  "report.titlePaged":
    "**Signalements : {status}** ({count, number}) · page {page, number} sur {pages, number}",
  "report.line": "n° {id} · {date, date, medium} · {reason}",
  "report.resolve": "Résoudre n° {id}",
  "report.dismiss": "Classer n° {id}",
  "report.resolved": "Signalement n° {id} résolu.",
  "report.dismissed": "Signalement n° {id} classé.",
  "report.alreadyClosed": "Le signalement n° {id} était déjà fermé.",
  "modchannel.notGroup":
    "Les membres peuvent lire ce salon, et les alertes nomment des membres. Choisissez-en un que seuls les modérateurs voient : sur Telegram une conversation de modérateurs à part (pas ce groupe ni un de ses sujets), sur Discord un salon que les rôles de membres ne peuvent pas voir, sur Slack un salon privé.",
  "modchannel.set": "Les alertes pour les modérateurs seront publiées dans ce salon.",
  "warn.given":
    "Avertissement n° {id} donné à {member} ; {count, plural, one {# avertissement actif} other {# avertissements actifs}} désormais. Il en a été informé en privé.",
  "warn.givenNotTold":
    "Avertissement n° {id} donné à {member} ; {count, plural, one {# avertissement actif} other {# avertissements actifs}} désormais. Je n'ai pas pu l'en informer en privé.",
  "warn.dm": "Vous avez reçu un avertissement des modérateurs de {community} : {reason}",
  "warn.dmUnnamed": "Vous avez reçu un avertissement des modérateurs du groupe : {reason}",
  "warn.none": "{member} n'a aucun avertissement actif.",
  "warn.title": "**Avertissements actifs de {member}** ({count, number})",
  "warn.line": "n° {id} · {date, date, medium} · {reason} (expire le {expires, date, medium})",
  "warn.removed": "Avertissement n° {id} retiré.",
  "warn.noSuch": "{member} n'a pas d'avertissement n° {id}.",
  "warn.thresholdFailed":
    "Cela atteint le seuil de {count, plural, one {# avertissement} other {# avertissements}}, mais sa mesure n'a pas pu être appliquée :",
  "warn.thresholdActed":
    "Cela atteint le seuil de {count, plural, one {# avertissement} other {# avertissements}} :",
  "warn.thresholdReason":
    "{count, plural, one {# avertissement actif} other {# avertissements actifs}}, le seuil du groupe",
  "warn.thresholdNoDuration": "Seul mute a une durée ; {action} n'en prend pas. Rien n'a été modifié.",
  "warn.thresholdNeedsAction":
    "Dites ce qui se passe à ce nombre d'avertissements : mute avec une durée, kick ou ban ({usage} 3 mute 24h). Rien n'a été modifié.",
  "warn.thresholdOff":
    "Seuil d'avertissements désactivé : les avertissements n'entraînent plus de mesure d'eux-mêmes.",
  "warn.threshold.ban": "banni",
  "warn.threshold.kick": "exclu du groupe",
  "warn.threshold.mute": "rendu muet",
  "warn.thresholdRule":
    "À {count, plural, one {# avertissement actif} other {# avertissements actifs}}, un membre est {action}{duration, select, other { pendant {duration}} none {}}.",
  "warn.thresholdNone":
    "Aucun seuil d'avertissements : les avertissements n'entraînent jamais de mesure d'eux-mêmes.",
  "warn.allTitle":
    "**{count, plural, one {# avertissement actif} other {# avertissements actifs}} dans ce groupe**",
  "warn.noneAll": "Personne dans ce groupe n'a d'avertissement actif.",
  "warn.expirySet":
    "Les avertissements expirent désormais après {days, plural, one {# jour} other {# jours}} (les nouveaux ; les existants gardent leur date).",
  "mods.added": "{member} est maintenant modérateur de cette communauté.",
  "mods.already": "{member} est déjà modérateur.",
  "mods.removed":
    "{member} n'est plus modérateur (les administrateurs de la plateforme restent modérateurs).",
  "mods.notOne": "{member} n'était pas un modérateur ajouté avec ce bot.",
  "mods.none":
    "Aucun modérateur n'a été ajouté avec ce bot ; les administrateurs de la plateforme sont modérateurs de toute façon.",
  "mods.title":
    "**Modérateurs ajoutés avec ce bot** (les administrateurs de la plateforme sont aussi modérateurs)",
  "audit.none": "Rien dans le journal pour l'instant.",
  "config.title": "**Réglages de cette communauté**",
  "config.welcome": "Message d'accueil : {value}",
  "config.welcomeMode": "Accueils : {value}",
  "config.welcomeChannel": "Salon d'accueil : {value}",
  "config.gate": "Filtre : {value}",
  "config.gateRole": "Rôle donné en acceptant les règles : {value}",
  "config.rules": "Règles : {count, number} (version {version})",
  "config.tags": "Étiquettes : {count, number}",
  "config.resources": "Ressources : {approved, number} approuvées, {waiting, number} en attente d'examen",
  "config.trusted":
    "Sources de confiance : {defaults, number} de la liste fournie, {own, number} ajoutées par vous ({command})",
  "config.digests": "Sélections : {value}",
  "config.modChannel": "Salon des modérateurs : {value}",
  "config.retention":
    "Les signalements, avertissements et entrées du journal sont gardés {days, plural, one {# jour} other {# jours}}",
  "config.warnings": "Les avertissements expirent après {days, plural, one {# jour} other {# jours}}",
  "config.warnThreshold": "Seuil d'avertissements : {value}",
  "config.crisis": "Ressources de crise : {value} ; alerte aux modérateurs : {alert}",
  "config.crisisDirectory": "Texte de crise : l'annuaire fourni pour le pays ({command} l'affiche)",
  "config.crisisOwn": "Texte de crise : le vôtre ({command} l'affiche)",
  "config.reminder": "Rappel pour accepter les règles : {value}",
  "config.groups": "Groupes dans cette communauté : {count, number}",
  "config.set": "défini",
  "config.default": "par défaut",
  "config.on": "actif",
  "config.off": "désactivé",
  "config.none": "aucun",
  "config.notSet": "non défini",
  "config.platformDefault": "là où la plateforme accueille (non choisi)",

  // Privacy
  "cmd.mydata": "Recevoir tout ce que ce bot conserve sur vous (en privé)",
  "cmd.forgetme": "Effacer tout ce que ce bot conserve sur vous",
  "cmd.mod.retention": "Garder signalements, avertissements et journal ce nombre de jours",
  "mydata.summary":
    "Voici tout ce que peerbridge conserve sur vous sur {platform} : {memberships, plural, one {# adhésion à un groupe} other {# adhésions à des groupes}}, {tags, plural, one {# étiquette} other {# étiquettes}}, {warnings, plural, one {# avertissement} other {# avertissements}}, {reports, plural, one {# signalement envoyé} other {# signalements envoyés}}, {suggestions, plural, one {# proposition} other {# propositions}} et {applications, plural, one {# demande d'adhésion} other {# demandes d'adhésion}} avec vos réponses. En plus : ce que gardent les fonctions de soutien (questions anonymes ouvertes, alertes vous concernant, votre choix sur les messages d'inquiétude). Rien d'autre : ni noms, ni messages. Le fichier donne le détail.",
  "forget.confirm":
    "**Ceci efface ce que peerbridge conserve sur vous sur {platform}, dans tous les groupes où il fonctionne :** {memberships, plural, one {# adhésion à un groupe} other {# adhésions à des groupes}} avec votre acceptation des règles, {tags, plural, one {# étiquette} other {# étiquettes}}, {warnings, plural, one {# avertissement} other {# avertissements}}, {applications, plural, one {# demande d'adhésion} other {# demandes d'adhésion}} avec vos réponses, votre rôle de modérateur là où ce bot vous l'a donné ({grants, number}), vos questions anonymes ouvertes (plus rien ne vous y relie), les alertes vous concernant et votre choix sur les messages d'inquiétude.",
  "forget.keeps":
    "Ce qui reste, sans votre nom : les signalements envoyés ({reports, number}), les liens proposés ({suggestions, number}) et les actions de modération effectuées. C'est irréversible.",
  "forget.button": "M'oublier",
  "forget.done":
    "C'est fait. peerbridge ne conserve plus rien sur vous. Si vous utilisez à nouveau une commande, un nouvel enregistrement commence.",
  "retention.set":
    "Les signalements, avertissements et entrées du journal de plus de {days, plural, one {# jour} other {# jours}} seront effacés par le nettoyage quotidien.",

  // Safety
  "cmd.crisis": "Obtenir de l'aide en cas de crise, maintenant (envoyé à vous seul)",
  "cmd.mod.crisis.set": "Définir les ressources de crise de cette communauté",
  "cmd.mod.crisis.show": "Afficher les ressources de crise telles que les membres les voient",
  "cmd.mod.crisis.alert": "Prévenir les modérateurs en privé quand quelqu'un demande de l'aide en crise",
  "param.onoff": "on ou off",
  "crisis.fallback":
    "**Si vous êtes en danger ou pensez à vous faire du mal, {number, select, unknown {appelez maintenant votre numéro d'urgence local} other {appelez maintenant le {number}}}** ou rendez-vous aux urgences les plus proches.",
  "crisis.community": "**Ressources de crise des modérateurs de votre groupe :**",
  "crisis.care": "Vous comptez, et vous n'avez pas à vivre cela sans soutien.",
  "crisis.alert":
    "**À l'attention des modérateurs :** un membre vient de demander les ressources de crise. Pensez à lui écrire en privé : ",
  "crisis.saved": "Ressources de crise enregistrées. {command} les affiche comme les membres les voient.",
  "crisis.alertOn":
    "Les modérateurs recevront une alerte privée (qui, jamais quoi) quand quelqu'un utilise {command}.",
  "crisis.alertOff": "Les modérateurs ne seront plus prévenus quand quelqu'un utilise {command}.",

  // Languages and time zone
  "cmd.language": "Choisir la langue dans laquelle je vous parle (en, es, fr ou auto)",
  "cmd.mod.language": "Choisir la langue des publications du groupe (en, es, fr ou auto)",
  "cmd.mod.timezone": "Choisir le fuseau horaire des dates affichées",
  "param.language": "Un code de langue : en, es, fr, ou auto pour celle de votre groupe",
  "param.communityLanguage": "Un code de langue : en, es, fr, ou auto pour celle de chaque plateforme",
  "language.current":
    "Je vous parle en **{language}**. Langues que je parle : {list}. Choisissez-en une avec {command} suivi de son code.",
  "language.set": "Désormais, je vous parle en **{language}**.",
  "language.auto":
    "Vous n'avez plus de langue à vous : je vous parle dans celle de votre groupe, **{language}**.",
  "language.notStored":
    "Je garde votre langue avec votre adhésion à un groupe, et vous n'êtes encore dans aucun. Utilisez {command} dans votre groupe.",
  "language.communitySet":
    "Les publications du groupe (accueils, sélections, alertes) sont maintenant en **{language}**.",
  "language.communityAuto":
    "Le groupe n'a plus de langue à lui : les publications suivent la langue de chaque plateforme.",
  "language.timeZoneSet":
    "Les dates et heures sont maintenant affichées en {zone} : il y est {now, time, short}.",
  "config.language": "Langue : {value}",
  "config.timeZone": "Fuseau horaire : {value}",

  // Linking groups into one community
  "cmd.mod.link": "Relier des groupes : sans code, en obtenir un ; avec un code, rejoindre cette communauté",
  "cmd.mod.unlink": "Séparer ce groupe en une communauté à part (avec une copie des réglages)",
  "param.code": "Un code de liaison de l'autre groupe",
  "link.code":
    "Code de liaison : **{code}** — valable 15 minutes, une seule fois. Un modérateur de l'autre groupe y lance {command} {code} ; ce groupe partage alors les règles, étiquettes, ressources, sélections et modérateurs de celui-ci.",
  "link.invalid":
    "Ce code est inconnu, déjà utilisé ou expiré. Demandez-en un nouveau avec {command} dans l'autre groupe.",
  "link.same": "Ce groupe fait déjà partie de cette communauté.",
  "link.done":
    "Reliés. Ce groupe partage maintenant les règles, étiquettes, ressources, sélections et modérateurs de cette communauté. Il sera demandé aux membres d'en accepter les règles.",
  "unlink.only": "Ce groupe n'est relié à aucun autre ; il n'y a rien à séparer.",
  "unlink.done":
    "Ce groupe a maintenant sa propre communauté, qui commence avec une copie des réglages, règles, étiquettes et ressources partagés.",

  // Telegram only: private-chat prompts and the start message
  "telegram.start":
    "Bonjour ! Je suis **peerbridge**, un assistant pour les groupes d'entraide entre pairs. Ajoutez-moi à votre groupe et nommez-moi administrateur : j'accueille les nouveaux avec les règles du groupe et je laisse les membres choisir des étiquettes. Ici, en privé, je réponds à ce qui ne concerne que vous.",
  "telegram.startCommand": "Ce que fait ce bot",
  "telegram.startFirst":
    "Une réponse vous attend dans une conversation privée avec moi. Telegram ne me laisse vous écrire qu'une fois cette conversation ouverte : touchez le bouton ci-dessous, puis **Démarrer**.",
  "telegram.startFirstButton": "Ouvrir une conversation privée",
  "telegram.welcomePrivately":
    "Bienvenue ! Votre accueil et les règles du groupe vous attendent dans une conversation privée avec moi : touchez le bouton ci-dessous, puis **Démarrer**.",
  "telegram.welcomePrivatelyButton": "Lire l'accueil en privé",
  "discord.notMember": "Vous n'êtes pas membre de ce serveur, ce bouton ne fait donc rien pour vous.",
  "telegram.notMember": "Vous n'êtes pas membre de ce groupe, je ne peux donc pas ouvrir ceci pour lui.",
  "telegram.addedWithoutRights":
    "Merci de m'avoir ajouté ! Nommez-moi **administrateur** avec le droit **Bannir des utilisateurs** : j'en ai besoin pour voir les arrivées et retenir les nouveaux venus jusqu'à ce qu'ils acceptent les règles (quand le filtre est actif).",

  // Tags
  "tags.title": "**Étiquettes** — choisissez-en une avec {iam}",
  "tags.empty": "Il n'y a pas encore d'étiquettes.",
  "tags.line": "**{name}** — {description}",
  "tags.lineBare": "**{name}**",
  "tags.modOnlyMark": " _(donnée par les modérateurs)_",
  "tags.privateMark": " _(privée : seuls vous et les modérateurs voyez qui l'a)_",
  "tags.pickPlaceholder": "Choisissez vos étiquettes",
  "tags.added": "Vous avez maintenant l'étiquette **{tag}**.",
  "tags.removed": "L'étiquette **{tag}** a été retirée.",
  "tags.alreadyHave": "Vous avez déjà **{tag}**.",
  "tags.dontHave": "Vous n'avez pas **{tag}**.",
  "tags.modOnly": "**{tag}** est donnée par les modérateurs uniquement.",
  "tags.unknown": "Il n'y a pas d'étiquette nommée **{name}**.",
  "tags.didYouMean": "Il n'y a pas d'étiquette nommée **{name}**. Vouliez-vous dire **{suggestion}** ?",
  "tags.mine": "Vos étiquettes : {list}",
  "tags.mineEmpty": "Vous n'avez pas d'étiquette. {tags} montre celles que vous pouvez choisir.",
  "tags.pickSaved": "Enregistré. Vos étiquettes : {list}",
  "tags.pickSavedEmpty": "Enregistré. Vous n'avez plus d'étiquette.",
  "tags.created": "Étiquette **{tag}** créée : {details}.",
  "tags.edited": "Étiquette **{tag}** mise à jour : désormais {details}.",
  "tags.deleted":
    "Étiquette **{tag}** supprimée et retirée à {count, plural, one {# membre} other {# membres}}.",
  "member.privateTag": "{tag} (privée)",
  "member.noTags": "Aucune étiquette",
  "member.tags": "Étiquettes : ",
  "member.warnings":
    "{count, plural, =0 {Aucun avertissement actif} one {# avertissement actif} other {# avertissements actifs}} ({command})",
  "member.rulesOutdated": "Règles : a accepté la version {old} ; elles sont maintenant en version {version}",
  "member.rulesCurrent": "Règles : a accepté la version actuelle {version} le {date, date, medium}",
  "member.rulesNever": "Règles : pas encore acceptées",
  "member.rulesNone": "Règles : aucune à accepter pour l'instant",
  "member.joined": "Arrivé le {date, date, medium}",
  "tags.noHolders": "Personne dans ce groupe n'a {tag}.",
  "tags.holders": "**{count, plural, one {# membre a} other {# membres ont}} {tag}** (vous seul le voyez)",
  "tags.given": "**{tag}** donnée à {member}.",
  "tags.taken": "**{tag}** retirée à {member}.",
  "tags.memberHas": "{member} a déjà **{tag}**.",
  "tags.memberHasNot": "{member} n'a pas **{tag}**.",
  "tags.duplicate": "Une étiquette nommée **{tag}** existe déjà.",
  "tags.limit": "Un groupe peut avoir au plus {max, plural, one {# étiquette} other {# étiquettes}}.",
  "tags.nothingToEdit":
    "Dites ce qu'il faut changer, p. ex. `description:Nouveau texte` ou `visibility:private`.",
  "tags.badName": "Un nom d'étiquette doit contenir une lettre ou un chiffre, et aucun saut de ligne.",
  "tags.badEmoji": "L'emoji doit être un seul emoji.",
  "tags.public": "publique",
  "tags.private": "privée",
  "tags.self": "les membres la choisissent",
  "tags.modAssigned": "les modérateurs la donnent",

  // Added with the merge of main (setup, screening, support tools, moderation tools, dashboard)
  "error.unknownOption": "`{option}:` n'est pas une option de cette commande. Rien n'a été modifié.",
  "error.unknownOptionDidYouMean":
    "`{option}:` n'est pas une option de cette commande. Vouliez-vous dire `{suggestion}:` ? Rien n'a été modifié.",
  "error.repeatedOption":
    "**{option}** est donné deux fois ; indiquez-le une seule fois. Rien n'a été modifié.",
  "error.unclosedQuote":
    'Des guillemets sont ouverts et jamais fermés. Fermez-les ("comme ceci") ou retirez-les. Rien n\'a été modifié.',
  "error.tooLong": "C'est trop long pour que je le lise : {max} caractères au plus. Rien n'a été modifié.",
  "error.unknownCommandDidYouMean":
    "Je ne connais pas la commande `{command}`. Vouliez-vous dire {suggestion} ?",
  "error.moderatorOnlyButton": "Seuls les modérateurs peuvent {action}.",
  "error.moderatorOnlyThisButton": "Seuls les modérateurs peuvent utiliser ce bouton.",
  "action.resolveReport": "traiter les signalements",
  "action.dismissReport": "classer les signalements",
  "action.clearRules": "retirer les règles",
  "action.approveSuggestion": "approuver les propositions",
  "action.rejectSuggestion": "refuser les propositions",
  "action.editSuggestion": "modifier les propositions",
  "operation.joinRequests": "répondre aux demandes d'adhésion",
  "operation.memberActions": "rendre muets, exclure et bannir des membres",
  "common.yourGroup": "votre groupe",
  "common.toldPrivately": " La personne a été prévenue en privé.",
  "common.notToldPrivately": " Je n'ai pas pu la prévenir en privé.",
  "arrival.title": "**Merci d'avoir ajouté peerbridge à {community}.**",
  "arrival.titleUnnamed": "**Merci d'avoir ajouté peerbridge à votre groupe.**",
  "arrival.what":
    "J'accueille les nouveaux avec vos règles, je laisse les membres choisir des étiquettes (les étiquettes de condition restent privées), je tiens une bibliothèque de ressources fiables, je publie un résumé quotidien, je réponds à {crisis} en privé et je peux examiner les nouveaux avant leur entrée.",
  "arrival.missingTitle": "**Droits qui me manquent encore :**",
  "arrival.right.delete_messages":
    "Supprimer des messages : pour retirer du chat les commandes qui révèlent des informations de santé",
  "arrival.right.restrict_members":
    "Restreindre des membres : pour retenir les nouveaux jusqu'à ce qu'ils acceptent les règles",
  "arrival.right.manage_roles":
    "Gérer les rôles : pour donner aux membres le rôle du filtre et les rôles des étiquettes",
  "arrival.right.role_position":
    "Position du rôle : placez mon rôle au-dessus des rôles que je dois donner, sinon je ne peux pas les attribuer",
  "arrival.allRights": "J'ai les droits dont j'ai besoin.",
  "arrival.start": "Pour configurer le groupe en quelques minutes, un modérateur lance {setup}.",
  "arrival.public":
    "**peerbridge est là.** Modérateurs : lancez {setup} pour configurer les règles, les étiquettes et les ressources de crise de ce groupe.",
  "cmd.mod.setup":
    "Configurer le groupe pas à pas : accueil, règles, étiquettes, aide en cas de crise et plus",
  "setup.title": "**Configuration de {community}** : {done} étapes sur {total} faites",
  "setup.titleUnnamed": "**Configuration de ce groupe** : {done} étapes sur {total} faites",
  "setup.allDone": "Tout est configuré. Lancez {setup} à tout moment pour revoir une étape.",
  "setup.left": "Choisissez une étape, ou reprenez là où vous en étiez.",
  "setup.continue": "Continuer : {step}",
  "setup.back": "Retour à la liste",
  "setup.skip": "Passer",
  "setup.done": "✓ {step} : {state}",
  "setup.open": "○ {step} : {state}",
  "setup.stepTitle": "**Étape {number} sur {total} : {step}**",
  "setup.now": "Actuellement : {state}",
  "setup.skipped": "Étape {step} passée ; rien n'a été modifié.",
  "setup.step.welcome": "Texte d'accueil",
  "setup.step.rules": "Règles",
  "setup.step.tags": "Étiquettes",
  "setup.step.crisis": "Ressources de crise",
  "setup.step.trusted": "Sources fiables",
  "setup.step.modChannel": "Salon des modérateurs",
  "setup.step.gate": "Filtre",
  "setup.step.digest": "Résumé quotidien",
  "setup.step.screening": "Examen des nouveaux",
  "setup.welcome.custom": "votre propre texte",
  "setup.welcome.default": "l'accueil par défaut",
  "setup.welcome.about":
    "Les nouveaux membres voient ceci en arrivant. L'accueil de départ ci-dessous est écrit pour les groupes d'entraide en santé ; prenez-le, modifiez-le plus tard avec {edit}, ou gardez celui par défaut.",
  "setup.welcome.take": "Utiliser l'accueil de départ",
  "setup.welcome.keep": "Garder l'actuel",
  "setup.welcome.preview": "Aperçu",
  "setup.welcome.taken": "Accueil de départ enregistré.",
  "setup.rules.count": "{count} dans le règlement",
  "setup.rules.none": "aucune règle",
  "setup.rules.about":
    "Les membres lisent et acceptent les règles en arrivant. L'ensemble de départ, pour les groupes d'entraide en santé (à modifier ensuite avec {edit}) :",
  "setup.rules.take": "Utiliser les règles de départ",
  "setup.rules.empty": "Commencer sans règles",
  "setup.rules.taken": "Règles de départ enregistrées (version {version}).",
  "setup.rules.hasRules":
    "Ce groupe a déjà des règles ; l'ensemble de départ n'a pas été ajouté. Modifiez-les avec {edit}.",
  "setup.tags.count": "{count} dans le catalogue",
  "setup.tags.none": "aucune étiquette",
  "setup.tags.about":
    "Les membres choisissent des étiquettes pour se trouver. L'ensemble de départ : Patient et Aidant (publiques), et Récemment diagnostiqué, une étiquette de condition, privée : seuls le membre et les modérateurs voient qui l'a. Ajoutez des étiquettes de condition avec {create}.",
  "setup.tags.take": "Créer les étiquettes de départ",
  "setup.tags.taken": "Étiquettes de départ créées : {created}.",
  "setup.tags.takenNone": "Les étiquettes de départ existent déjà.",
  "setup.crisis.custom": "votre propre texte",
  "setup.crisis.country": "l'entrée de l'annuaire pour {country}",
  "setup.crisis.fallback": "conseils d'urgence généraux uniquement",
  "setup.crisis.about":
    "{crisis} répond aux membres en privé. Choisissez votre pays pour afficher son numéro d'urgence et sa principale ligne de crise depuis l'annuaire fourni, ou écrivez votre propre texte avec {set}.",
  "setup.crisis.pick": "Votre pays",
  "setup.crisis.preview": "Les membres verront :",
  "setup.trusted.on": "la liste fournie (sites : {count}) et la vôtre (sites : {own})",
  "setup.trusted.own": "la vôtre (sites : {own})",
  "setup.trusted.none": "aucune",
  "setup.trusted.about":
    "Les liens de sources fiables sont signalés comme tels dans la bibliothèque. La liste fournie compte {count} sites d'information santé : services nationaux de santé, agences de santé publique, agences de l'OMS et de l'ONU, établissements cliniques et bibliothèques médicales.",
  "setup.trusted.take": "Ajouter la liste fournie",
  "setup.modChannel.set": "défini",
  "setup.modChannel.none": "non défini",
  "setup.modChannel.about":
    "Les signalements et les alertes vont dans un salon que seuls les modérateurs peuvent lire. Dans ce salon, lancez {set}.",
  "setup.gate.on": "activé",
  "setup.gate.off": "désactivé",
  "setup.gate.about": "Avec le filtre activé, les nouveaux ne participent qu'après avoir accepté les règles.",
  "setup.gate.take": "Activer le filtre",
  "setup.gate.keep": "Le laisser désactivé",
  "setup.digest.count": "{count} programmés",
  "setup.digest.none": "aucun",
  "setup.digest.about":
    "Un résumé quotidien publie quelques ressources approuvées. Exemple, dans le salon où il doit aller : {set}",
  "setup.screening.on": "activé (questions : {count})",
  "setup.screening.off": "désactivé",
  "setup.screening.about":
    "Les nouveaux répondent en privé à trois questions au plus, et un modérateur les approuve avant leur entrée. Définissez les questions avec {questions}, puis {on}.",
  "starter.welcome":
    "Bienvenue, {member} ! {community} est un groupe d'entraide : nous partageons notre expérience, et ce qui est partagé ici reste ici. Lisez les règles et acceptez-les ; dites bonjour quand vous voulez.",
  "starter.rule.privacy":
    "Ce qui est partagé ici reste ici : ne répétez pas, ne capturez pas et ne transférez pas l'histoire de quelqu'un hors du groupe.",
  "starter.rule.experience":
    "Partagez votre expérience, pas des conseils médicaux : pour les décisions sur vos soins, parlez-en à votre médecin ou à votre infirmière.",
  "starter.rule.selling":
    "Pas de vente, de promotion ni de recrutement (produits, services, études ou sondages).",
  "starter.rule.kind":
    "Soyez bienveillant : chacun ici traverse quelque chose de difficile. Exprimez un désaccord avec douceur ; ne jugez jamais.",
  "starter.rule.crisis":
    "En cas de crise, utilisez {crisis} pour obtenir de l'aide tout de suite, ou appelez votre numéro d'urgence local.",
  "starter.tag.patient": "Patient",
  "starter.tag.patientAbout": "Vit avec la maladie",
  "starter.tag.caregiver": "Aidant",
  "starter.tag.caregiverAbout": "Prend soin d'un proche",
  "starter.tag.newlyDiagnosed": "Récemment diagnostiqué",
  "starter.tag.newlyDiagnosedAbout": "Diagnostiqué dans l'année",
  "res.noSummary": "sans résumé",
  "res.withSummary": "résumé « {summary} »",
  "res.noTopics": "sans étiquette de sujet",
  "res.withTopics": "étiquettes de sujet {topics}",
  "res.withTitle": "titre « {title} »",
  "res.withUrl": "lien {url}",
  "res.rejectedDm":
    "Votre proposition **{title}** n'a pas été ajoutée à la bibliothèque. Les modérateurs ont dit : {reason}",
  "cmd.mod.resources.approve":
    "Approuver une proposition par son numéro (la personne qui l'a proposée est prévenue en privé)",
  "cmd.mod.resources.reject":
    "Refuser une proposition, avec un motif facultatif communiqué en privé à la personne qui l'a proposée",
  "param.rejectReason": "Pourquoi (la personne qui l'a proposée le lira)",
  "res.toldApproved":
    "Les modérateurs de {community} ont approuvé votre proposition **{title}** : elle est maintenant dans la bibliothèque.",
  "res.toldRejected": "Votre proposition **{title}** n'a pas été ajoutée à la bibliothèque de {community}.",
  "res.toldRejectedReason":
    "Votre proposition **{title}** n'a pas été ajoutée à la bibliothèque de {community}. Les modérateurs disent : {reason}",
  "cmd.mod.resources.trusted.defaults": "Ajouter ou retirer la liste fournie de sites de santé fiables",
  "trusted.defaultsOn": "Liste fournie ajoutée : {added} sites de santé fiables ({count} dans la liste).",
  "trusted.defaultsOnAlready": "La liste fournie est déjà activée ({count} sites).",
  "trusted.defaultsOff":
    "Liste fournie retirée ({removed} sites). Les domaines que vous avez ajoutés vous-même restent.",
  "trusted.defaultsOffAlready": "La liste fournie n'était pas activée ; vos propres domaines sont inchangés.",
  "digest.previewScheduled":
    "_Aperçu du résumé de ce salon, tel qu'il serait publié maintenant : {shown} des {count} éléments qu'il publie._",
  "digest.previewUnscheduled":
    "_Aperçu : aucun résumé n'est défini pour ce salon ; avec {count} éléments, un résumé publierait ceci ({shown} disponibles)._",
  "cmd.mod.dashboard":
    "Recevoir en privé un lien à usage unique vers le tableau de bord de modération sur le web",
  "cmd.mod.mute": "Empêcher un membre d'écrire pendant un moment, par ex. 24h (il est prévenu en privé)",
  "cmd.mod.unmute": "Permettre à un membre réduit au silence d'écrire à nouveau",
  "cmd.mod.kick": "Retirer un membre du groupe (il peut revenir)",
  "cmd.mod.ban": "Retirer un membre et l'empêcher de revenir",
  "cmd.mod.unban": "Permettre à un membre banni de revenir",
  "param.duration": "Combien de temps : 30m, 24h, 7d ou 2w (28 jours au plus)",
  "param.thresholdAction": "Ce qui se passe alors : mute (rendre muet), kick (exclure) ou ban (bannir)",
  "param.thresholdCount": "Avertissements actifs qui déclenchent la mesure (0 la désactive)",
  "act.badDuration": "Indiquez la durée ainsi : 30m, 24h, 7d ou 2w (28 jours au plus).",
  "act.unsupported":
    "Cette plateforme ne permet pas aux bots de réduire au silence, retirer ou bannir des membres. Utilisez les outils d'administration de la plateforme ; rien n'a été modifié.",
  "act.missingRight":
    "Je n'ai pas le droit de faire cela ici. Donnez-moi la permission de restreindre, retirer et bannir des membres, puis réessayez.",
  "act.notFound": "Ce membre n'est plus dans le groupe sur la plateforme.",
  "act.protected":
    "{member} est administrateur ou a un rang supérieur au mien ici : la plateforme ne me laisse pas lui faire cela. Rien n'a été modifié.",
  "act.noReason": "aucun motif donné",
  "act.muted": "{member} est réduit au silence jusqu'au {until, date, medium} à {until, time, short}.",
  "act.unmuted": "{member} peut écrire à nouveau.",
  "act.unmutedHeld": "{member} n'est plus réduit au silence et pourra écrire après avoir accepté les règles.",
  "act.kicked": "{member} a été retiré du groupe.",
  "act.banned": "{member} a été banni du groupe.",
  "act.unbanned": "{member} peut à nouveau rejoindre le groupe.",
  "act.toldMute":
    "Les modérateurs de {community} vous ont réduit au silence jusqu'au {until, date, medium} à {until, time, short}. Motif : {reason}",
  "act.toldUnmuteHeld":
    "Les modérateurs de {community} ont levé votre mise en silence. Vous pourrez écrire après avoir accepté les règles du groupe.",
  "act.toldUnmute":
    "Les modérateurs de {community} ont levé votre mise en silence : vous pouvez écrire à nouveau.",
  "act.toldKick": "Les modérateurs de {community} vous ont retiré du groupe. Motif : {reason}",
  "act.toldBan": "Les modérateurs de {community} vous ont banni du groupe. Motif : {reason}",
  "act.toldUnban": "Les modérateurs de {community} ont levé votre bannissement : vous pouvez revenir.",
  "audit.do.members.mute": "{actor} a réduit {member} au silence",
  "audit.do.members.unmute": "{actor} a levé la mise en silence de {member}",
  "audit.do.members.kick": "{actor} a retiré {member}",
  "audit.do.members.ban": "{actor} a banni {member}",
  "audit.do.members.unban": "{actor} a levé le bannissement de {member}",
  "report.toldResolved":
    "Les modérateurs de {community} ont traité votre signalement n° {id}. Merci de les avoir prévenus.",
  "warn.removedTold": "Avertissement n° {id} retiré. Le membre a été prévenu en privé.",
  "warn.toldRemoved": "Les modérateurs de {community} ont retiré un avertissement que vous aviez reçu.",
  "audit.noneMatching": "Aucune entrée du journal ne correspond.",
  "audit.page": "**Actions de modération** (page {page})",
  "audit.more": "Suite : {command}",
  "audit.when": "{date, date, medium} {date, time, short} {zone} · ",
  "audit.memberGone": "un membre oublié depuis",
  "audit.formerActor": "ancien modérateur {number}",
  "audit.erasedActor": "un modérateur qui a demandé à être oublié",
  "audit.do.other": "{actor} a modifié {action} : {detail}",
  "audit.do.tags.create": "{actor} a créé l'étiquette **{tag}**",
  "audit.do.tags.edit": "{actor} a modifié l'étiquette **{tag}**",
  "audit.do.tags.delete": "{actor} a supprimé une étiquette ({tag})",
  "audit.do.tags.give": "{actor} a donné à {member} l'étiquette **{tag}**",
  "audit.do.tags.take": "{actor} a retiré l'étiquette **{tag}** à {member}",
  "audit.do.warnings.add": "{actor} a averti {member} (avertissement n° {id})",
  "audit.do.warnings.remove": "{actor} a retiré l'avertissement n° {id}",
  "audit.do.resources.add": "{actor} a ajouté {resource} à la bibliothèque",
  "audit.do.resources.edit": "{actor} a modifié {resource}",
  "audit.do.resources.retire": "{actor} a retiré {resource}",
  "audit.do.resources.approve": "{actor} a approuvé la proposition {resource}",
  "audit.do.resources.reject": "{actor} a refusé la proposition {resource}",
  "audit.do.reports.resolve": "{actor} a traité le signalement n° {id}",
  "audit.do.reports.dismiss": "{actor} a classé le signalement n° {id}",
  "audit.do.moderators.add": "{actor} a nommé {member} modérateur",
  "audit.do.moderators.remove": "{actor} a retiré {member} des modérateurs",
  "audit.do.rules.add": "{actor} a ajouté une règle ({detail})",
  "audit.do.rules.edit": "{actor} a modifié une règle ({detail})",
  "audit.do.rules.remove": "{actor} a retiré une règle ({detail})",
  "audit.do.rules.move": "{actor} a déplacé une règle ({detail})",
  "audit.do.rules.clear": "{actor} a retiré toutes les règles",
  "audit.do.dashboard.signin": "{actor} s'est connecté au tableau de bord",
  "audit.do.dashboard.signout": "{actor} s'est déconnecté du tableau de bord partout",
  "param.page": "Quelle page",
  "param.kind": "Seulement ce type d'action",
  "crisis.country": "**En {country} :** numéro d'urgence **{emergency}**.",
  "crisis.countryUrgent": "Pour une aide médicale urgente qui n'est pas une urgence vitale : **{urgent}**.",
  "crisis.countryLine": "**{name}** : {number} ({url})",
  "cmd.mod.country":
    "Définir le pays de la communauté (deux lettres, par ex. FR) : choisit les numéros de crise affichés",
  "param.country": "Un code pays à deux lettres (ISO 3166-1), par ex. FR, BE, CA",
  "country.set":
    "Pays défini : **{country}**. {command} affiche maintenant son numéro d'urgence et sa ligne de crise.",
  "country.setNoLine":
    "Pays défini : **{country}**. {command} affiche son numéro d'urgence ; l'annuaire n'a pas encore de ligne de crise pour ce pays, vous pouvez donc ajouter la vôtre avec {set}.",
  "country.unknown":
    "Je ne connais pas le code pays **{code}**. Utilisez deux lettres (ISO 3166-1), par ex. FR, BE, CA. L'annuaire couvre : {known}.",
  "country.same": "Le pays est déjà **{country}**.",
  "config.country": "Pays : {value}",
  "config.screening": "Examen des nouveaux : {value}",
  "cmd.mod.screening.questions": "Définir jusqu'à trois questions d'adhésion, séparées par |",
  "cmd.mod.screening.on": "Examiner les nouveaux : ils répondent aux questions et attendent l'approbation",
  "cmd.mod.screening.off": "Ne plus examiner les nouveaux",
  "cmd.mod.screening.show": "Afficher les questions d'adhésion",
  "cmd.mod.screening.review": "Lire les réponses des nouveaux et les approuver ou les refuser",
  "cmd.answer": "Répondre à une question d'adhésion (seuls les modérateurs la voient)",
  "param.questions": "Jusqu'à trois questions, séparées par |",
  "param.answer": "Votre réponse",
  "screening.saved": "Questions d'adhésion enregistrées (questions : {count}). Activez l'examen avec {on}.",
  "screening.tooMany":
    "Un groupe peut poser au plus {max} questions d'adhésion ; vous en avez donné {count}. Séparez les questions par |.",
  "screening.empty": "Donnez au moins une question. Séparez les questions par |.",
  "screening.tooLong": "Chaque question peut avoir au plus {max} caractères.",
  "screening.on":
    "Examen activé : les nouveaux répondent aux questions en privé et entrent dès qu'un modérateur les approuve.",
  "screening.off": "Examen désactivé : on ne pose plus de questions aux nouveaux.",
  "screening.alreadyOn": "L'examen est déjà activé.",
  "screening.alreadyOff": "L'examen est déjà désactivé.",
  "screening.needsQuestions": "Définissez d'abord les questions d'adhésion avec {command}.",
  "screening.show": "**Questions d'adhésion** (examen {state}) :",
  "screening.none": "Pas encore de questions d'adhésion. {command} les définit.",
  "screening.intro":
    "Avant que vous rejoigniez **{community}**, ses modérateurs vous posent quelques questions. Seuls les modérateurs voient vos réponses, et elles sont supprimées une fois la décision prise.",
  "screening.introUnnamed":
    "Avant que vous rejoigniez le groupe, ses modérateurs vous posent quelques questions. Seuls les modérateurs voient vos réponses, et elles sont supprimées une fois la décision prise.",
  "screening.question": "**Question {number} sur {count} :** {question}",
  "screening.howToAnswer": "Répondez avec {command} suivi de votre réponse.",
  "screening.thanks": "Merci. Les modérateurs regarderont vos réponses bientôt.",
  "screening.nothingToAnswer": "Aucune question n'attend de réponse de votre part.",
  "screening.alert":
    "**Modérateurs :** un nouveau a répondu aux questions d'adhésion. {command} affiche ses réponses.",
  "screening.queueEmpty": "Aucun nouveau n'attend d'examen.",
  "screening.review": "**Nouveau en attente d'examen** ({left} en attente) :",
  "screening.who": "Nouveau : ",
  "screening.via.request": "A demandé à rejoindre par une demande d'adhésion.",
  "screening.via.join": "A rejoint et reste en attente jusqu'à l'approbation.",
  "screening.notAnswered": "_(pas encore de réponse)_",
  "screening.accountAge":
    "Compte créé le {date, date, medium} : un simple indice, jamais une raison à lui seul.",
  "screening.approve": "Approuver",
  "screening.decline": "Refuser",
  "screening.approved": "Approuvé ; ses réponses sont supprimées.",
  "screening.declined": "Refusé ; ses réponses sont supprimées.",
  "screening.alreadyDecided": "Quelqu'un a déjà pris une décision pour ce nouveau.",
  "screening.youApproved": "Bienvenue ! Les modérateurs de {community} vous ont laissé entrer.",
  "screening.youDeclined": "Les modérateurs de {community} n'ont pas approuvé votre demande d'adhésion.",
  "cmd.mod.crisis.remind":
    "Renvoyer une alerte que personne n'a prise après ce nombre de minutes (0 = jamais)",
  "cmd.mod.crisis.open": "Lister les alertes de crise et d'inquiétude pas encore traitées",
  "param.minutes": "Minutes",
  "headsup.claim": "Je prends contact",
  "headsup.handled": "Traité",
  "headsup.claimNumbered": "Je prends contact (n° {id})",
  "headsup.handledNumbered": "Traité (n° {id})",
  "headsup.reminder": "**Rappel :** personne n'a encore dit qu'il prendrait contact (alerte n° {id}).",
  "headsup.claimedNotice": "Alerte n° {id} : prend contact ",
  "headsup.handledNotice": "L'alerte n° {id} a été marquée traitée par ",
  "headsup.youClaimed": "Merci. Les autres modérateurs voient que vous prenez contact (alerte n° {id}).",
  "headsup.youHandled": "L'alerte n° {id} est marquée traitée.",
  "headsup.claimedBy": "L'alerte n° {id} est déjà suivie par ",
  "headsup.alreadyHandled": "L'alerte n° {id} a déjà été traitée.",
  "headsup.gone": "L'alerte n° {id} n'existe plus (elle a peut-être dépassé la durée de conservation).",
  "headsup.none": "Aucune alerte en attente : toutes ont été traitées.",
  "headsup.title": "**Alertes pas encore traitées** ({count})",
  "headsup.lineCrisis":
    "n° {id} · {date, date, medium}, {date, time, short} · ressources de crise demandées par ",
  "headsup.lineWorried": "n° {id} · {date, date, medium}, {date, time, short} · un membre s'inquiète pour ",
  "headsup.lineClaimed": " · prend contact : ",
  "headsup.remindSet":
    "Une alerte que personne n'a prise est renvoyée aux modérateurs après {minutes, plural, one {# minute} other {# minutes}}, jusqu'à trois fois.",
  "headsup.remindOff": "Les alertes ne seront pas renvoyées ; {command} liste celles en attente.",
  "cmd.worried":
    "Envoyer discrètement à un membre un mot bienveillant et des ressources d'aide (sans votre nom)",
  "worried.menu": "Je m'inquiète",
  "cmd.checkins":
    "Activer ou désactiver les messages bienveillants que d'autres membres peuvent vous faire envoyer",
  "cmd.mod.worried.alert":
    "Prévenir les modérateurs en privé quand un message d'inquiétude est envoyé à un membre",
  "worried.alert":
    "**Alerte pour les modérateurs :** un autre membre s'inquiète pour quelqu'un et a demandé au bot de lui envoyer des ressources de soutien. Pensez à prendre contact en privé : ",
  "worried.dm":
    "Quelqu'un de **{community}** qui tient à vous nous a demandé de prendre de vos nouvelles. Vous n'avez pas à répondre. Et quoi que vous traversiez, vous n'êtes pas sans soutien.",
  "worried.dmUnnamed":
    "Quelqu'un de votre groupe qui tient à vous nous a demandé de prendre de vos nouvelles. Vous n'avez pas à répondre. Et quoi que vous traversiez, vous n'êtes pas sans soutien.",
  "worried.optOut": "_Si vous préférez ne pas recevoir de messages comme celui-ci, utilisez {command}._",
  "worried.thanks":
    "Merci de veiller sur cette personne. Sauf si elle en a reçu un récemment ou les a désactivés, elle reçoit un message privé bienveillant avec des ressources de soutien. Il ne dit jamais qui l'a demandé.",
  "worried.unknown":
    "Je ne trouve pas ce membre dans un groupe que vous partagez avec lui. Nommez-le comme le groupe le connaît, ou utilisez la commande dans le groupe.",
  "worried.self":
    "On dirait que vous traversez un moment difficile. {command} vous indique de l'aide que vous pouvez joindre dès maintenant.",
  "worried.tooMany":
    "Vous en avez envoyé plusieurs dans la dernière heure. Attendez un peu avant d'en envoyer un autre ; celui-ci n'a pas été envoyé.",
  "worried.alertOn":
    "Les modérateurs recevront une alerte privée (pour qui, jamais qui l'a demandé) quand un message d'inquiétude est envoyé.",
  "worried.alertOff": "Les modérateurs ne seront plus prévenus des messages d'inquiétude.",
  "checkins.off": "C'est fait : vous ne recevrez pas de messages quand quelqu'un s'inquiète pour vous.",
  "checkins.on":
    "C'est fait : les membres peuvent demander au bot de vous envoyer un message bienveillant quand ils s'inquiètent pour vous.",
  "cmd.ask": "Poser une question au groupe anonymement (les modérateurs la relisent d'abord)",
  "cmd.followup": "Répondre dans le fil de votre question anonyme, sous son pseudonyme",
  "cmd.mod.ask.queue": "Relire les questions anonymes en attente",
  "cmd.mod.ask.approve": "Publier dans le groupe une question anonyme en attente",
  "cmd.mod.ask.reject":
    "Refuser une question anonyme en attente (le motif est communiqué à la personne qui l'a posée)",
  "cmd.mod.ask.reveal": "Révéler qui a posé une question : il faut deux modérateurs différents",
  "cmd.mod.ask.days": "Garder les questions anonymes ouvertes (réponses transmises) ce nombre de jours",
  "param.question": "Le numéro de la question",
  "param.questionText": "Votre question",
  "ask.pseudonym": "**Membre anonyme · question {id}**",
  "ask.replyHint":
    "_Répondez à ce message pour répondre : les réponses sont transmises en privé à la personne qui a demandé._",
  "ask.review": "La **question anonyme {id}** attend d'être relue (qui l'a posée n'est pas affiché) :",
  "ask.approve": "Approuver {id}",
  "ask.reject": "Refuser {id}",
  "ask.reasonHint": "Pour la refuser avec un motif pour la personne qui a demandé : {command} '<motif>'",
  "ask.thanks":
    "Merci. Votre question ({id}) va d'abord aux modérateurs ; personne d'autre ne la voit avant sa publication, et elle ne montre jamais votre nom. Vous aurez des nouvelles ici.",
  "ask.noGroup":
    "Utilisez d'abord ceci dans votre groupe (n'importe quelle commande suffit), puis redemandez-moi ici.",
  "ask.tooMany": "Vous avez posé {count} questions depuis hier. Attendez avant d'en poser une autre.",
  "ask.pickGroup": "Vous êtes dans plusieurs groupes. À quel groupe votre question anonyme doit-elle aller ?",
  "ask.unnamedGroup": "Groupe {id}",
  "ask.notWaiting": "La question {id} n'attend pas d'être relue.",
  "ask.postFailed":
    "Je n'ai pas pu publier la question {id} dans le groupe. Elle reste en attente ; réessayez plus tard.",
  "ask.posted":
    "Votre question anonyme {id} est publiée. Les réponses vous arrivent ici pendant {days, plural, one {# jour} other {# jours}} ; répondez avec la commande indiquée avec chacune.",
  "ask.approved": "La question {id} est publiée sous son pseudonyme.",
  "ask.rejected":
    "La question {id} a été refusée et supprimée. La personne qui l'a posée est prévenue en privé.",
  "ask.rejectedReason": "Votre question anonyme {id} n'a pas été publiée. Les modérateurs ont dit : {reason}",
  "ask.rejectedNoReason": "Votre question anonyme {id} n'a pas été publiée. Elle a été supprimée.",
  "ask.revealed": "Deux modérateurs étaient d'accord : la question {id} a été posée par ",
  "ask.revealRequested":
    "Votre demande est enregistrée. Un autre modérateur doit être d'accord en lançant {command} ; la révélation est inscrite au journal.",
  "ask.noSuch": "Il n'y a pas de question ouverte {id} ici.",
  "ask.relay": "**Une réponse à votre question anonyme {id} :**",
  "ask.answerHint": "_Pour répondre sous votre pseudonyme : {command} '<votre réponse>'_",
  "ask.notYours": "Vous n'avez pas de question ouverte {id}.",
  "ask.answerTooMany":
    "Vous avez répondu de nombreuses fois dans la dernière heure. Attendez un peu ; cette réponse n'a pas été publiée.",
  "ask.answered": "Publié sous le pseudonyme de votre question.",
  "ask.queueEmpty": "Aucune question anonyme en attente.",
  "ask.queueTitle": "**Questions anonymes en attente** ({count})",
  "ask.daysSet":
    "Les questions anonymes restent ouvertes {days, plural, one {# jour} other {# jours}} après publication ; ensuite le lien avec la personne qui a demandé est supprimé.",
  "cmd.cw":
    "Partager un message derrière un avertissement (caché jusqu'à ce que chacun choisisse de le lire)",
  "param.topic": "De quoi il s'agit, en un ou deux mots",
  "param.cwText": "Ce que vous voulez partager",
  "cw.label": "⚠️ **Avertissement de contenu : {topic}** · partagé par ",
  "cw.show": "Afficher",
  "cw.tooMany":
    "Vous en avez partagé plusieurs dans la dernière minute. Attendez un instant ; celui-ci n'a pas été publié.",
  "tags.noDescription": "sans description",
  "tags.withDescription": "description « {description} »",
  "tags.withEmoji": "emoji {emoji}",
  "tags.toldGiven": "Un modérateur de {community} vous a donné l'étiquette **{tag}**.",
  "tags.toldTaken": "Un modérateur de {community} vous a retiré l'étiquette **{tag}**.",
  "dashboard.link":
    "Votre lien de connexion au tableau de bord de modération de **{community}**. Il fonctionne une fois, pendant {minutes, plural, one {# minute} other {# minutes}}. Ne le partagez pas : il connecte quiconque l'ouvre.",
  "dashboard.open": "Ouvrir le tableau de bord",
  "dashboard.sent":
    "Je vous ai envoyé un lien de connexion en privé. Il fonctionne une fois, pendant {minutes, plural, one {# minute} other {# minutes}}.",
  "dashboard.notSent":
    "Je n'ai pas pu vous envoyer de message privé, donc pas de lien. Ouvrez une conversation privée avec moi, puis redemandez.",
  "dashboard.notServed":
    "Ce bot ne propose pas le tableau de bord web (son adresse, PEERBRIDGE_PUBLIC_URL, n'est pas définie).",
  "dashboard.signedInDm":
    "Quelqu'un s'est connecté à votre tableau de bord de modération ({when, date, medium}, {when, time, short}). Si ce n'était pas vous, déconnectez-vous partout depuis le tableau de bord ou demandez à un autre modérateur de vous retirer le rôle de modérateur.",
  "dashboard.previewMember": "Sam",
  "web.skip": "Aller au contenu",
  "web.unnamed": "votre groupe",
  "web.navLabel": "Sections du tableau de bord",
  "web.nav.overview": "Vue d'ensemble",
  "web.nav.queue": "À relire",
  "web.nav.library": "Bibliothèque",
  "web.nav.reports": "Signalements",
  "web.nav.rules": "Règles",
  "web.nav.tags": "Étiquettes",
  "web.nav.digests": "Résumés",
  "web.nav.settings": "Réglages",
  "web.nav.moderators": "Modérateurs",
  "web.nav.audit": "Journal des actions",
  "web.editResource": "Modifier une ressource",
  "web.signOut": "Se déconnecter",
  "web.signOutEverywhere": "Se déconnecter partout",
  "web.signedOut": "Vous êtes déconnecté.",
  "web.signedOutEverywhere": "Toutes vos sessions du tableau de bord sont terminées, sur tous les appareils.",
  "web.save": "Enregistrer",
  "web.pages": "Pages",
  "web.backToOverview": "Retour à la vue d'ensemble",
  "web.backToForm": "Revenir au formulaire",
  "web.signIn.title": "Se connecter au tableau de bord de modération",
  "web.signIn.intro": "Ce lien vous connecte une seule fois. Appuyez sur le bouton pour continuer.",
  "web.signIn.button": "Se connecter",
  "web.done.approved": "Approuvé. C'est maintenant dans la bibliothèque.",
  "web.done.rejected": "Refusé.",
  "web.done.edited": "Enregistré.",
  "web.done.retired": "Retiré de la bibliothèque.",
  "web.done.resolved": "Signalement traité.",
  "web.done.dismissed": "Signalement classé.",
  "web.done.ruleSaved": "Règles enregistrées. Les membres devront accepter la nouvelle version.",
  "web.done.tagSaved": "Étiquette enregistrée.",
  "web.done.tagDeleted": "Étiquette supprimée.",
  "web.done.settingsSaved": "Réglages enregistrés.",
  "web.done.moderatorAdded": "Modérateur ajouté.",
  "web.done.moderatorRemoved":
    "Modérateur retiré. Ses sessions du tableau de bord prennent fin à son prochain clic.",
  "web.refusal.howToSignIn":
    "Pour vous connecter, utilisez {command} dans votre groupe : le bot vous envoie un nouveau lien en privé.",
  "web.refusal.linkTitle": "Ce lien ne fonctionne pas",
  "web.refusal.link":
    "Ce lien de connexion a expiré, a déjà servi ou n'a pas été créé par le bot. Rien n'a été modifié.",
  "web.refusal.notModerator":
    "Ce lien appartient à quelqu'un qui n'est plus modérateur du groupe. Rien n'a été modifié.",
  "web.refusal.signedOutTitle": "Déconnecté",
  "web.refusal.signedOut": "Vous n'êtes pas connecté, ou votre session a pris fin.",
  "web.refusal.csrfTitle": "Ce formulaire a expiré",
  "web.refusal.csrf":
    "Ce formulaire ne vient pas de votre session du tableau de bord, donc rien n'a été modifié. Rechargez la page et réessayez.",
  "web.refusal.badFormTitle": "Ce formulaire n'est pas bien rempli",
  "web.refusal.badForm":
    "Quelque chose dans le formulaire manque, est trop long ou n'est pas ce qui était attendu. Rien n'a été modifié.",
  "web.refusal.badId": "Cet élément n'existe pas dans votre groupe.",
  "web.refusal.badFilter":
    "Ces filtres n'ont pas de sens : utilisez un identifiant de membre, un type comme rules. et des dates.",
  "web.refusal.tooBigTitle": "Trop à la fois",
  "web.refusal.tooBig": "C'est plus que ce qu'envoie un formulaire du tableau de bord. Rien n'a été modifié.",
  "web.refusal.slowDownTitle": "Trop de tentatives de connexion",
  "web.refusal.slowDown": "Trop de tentatives de connexion d'ici. Attendez dix minutes, puis réessayez.",
  "web.refusal.notChangedTitle": "Rien n'a été modifié",
  "web.refusal.notChanged": "La modification a été refusée ; tout est resté comme avant.",
  "web.refusal.internalTitle": "Quelque chose s'est mal passé",
  "web.refusal.notFoundTitle": "Introuvable",
  "web.refusal.notFound": "Cette page n'existe pas sur le tableau de bord.",
  "web.overview.pending":
    "{count, plural, one {membre n'a pas encore accepté les règles} other {membres n'ont pas encore accepté les règles}}",
  "web.overview.suggestions":
    "{count, plural, one {proposition en attente de relecture} other {propositions en attente de relecture}}",
  "web.overview.reports": "{count, plural, one {signalement ouvert} other {signalements ouverts}}",
  "web.overview.crisisTitle": "Alertes de crise",
  "web.overview.crisisNone": "Aucune alerte de crise en attente : toutes ont été traitées.",
  "web.overview.crisisOpen":
    "{count, plural, one {**#** alerte pas encore traitée.} other {**#** alertes pas encore traitées.}} {command} dans le chat les liste avec leurs boutons **Je prends contact** et **Traité** (la personne concernée y est indiquée, jamais ici).",
  "web.overview.digestsTitle": "Prochains résumés",
  "web.overview.nextRun": "Prochain : {at, date, full} à {at, time, short} ({zone})",
  "web.queue.count":
    "{count, plural, one {# proposition en attente de relecture} other {# propositions en attente de relecture}}",
  "web.queue.trusted": "Source fiable",
  "web.queue.unverified": "Source non vérifiée",
  "web.queue.approve": "Approuver « {title} »",
  "web.queue.reject": "Refuser « {title} »",
  "web.queue.reason": "Motif (envoyé en privé à la personne qui l'a proposé ; facultatif)",
  "web.res.edit": "Modifier « {title} »",
  "web.res.meta": "n° {id} · {source} · sujets : {topics}",
  "web.field.title": "Titre",
  "web.field.url": "Lien",
  "web.field.summary": "Résumé",
  "web.field.topics": "Étiquettes de sujet, séparées par des virgules",
  "web.field.source": "Source",
  "web.library.search": "Chercher dans la bibliothèque",
  "web.library.searchButton": "Chercher",
  "web.library.none": "Rien dans la bibliothèque ne correspond.",
  "web.library.retire": "Retirer « {title} »",
  "web.reports.heading": "Signalement n° {id}",
  "web.reports.meta": "Déposé le {date, date, medium} à {date, time, short} ({zone})",
  "web.rules.version": "Version {version} · {count, plural, one {# règle} other {# règles}}",
  "web.rules.ruleLabel": "Règle {number}",
  "web.rules.save": "Enregistrer la règle {number}",
  "web.rules.moveTo": "Nouvelle position pour la règle {number}",
  "web.rules.move": "Déplacer la règle {number}",
  "web.rules.remove": "Retirer la règle {number}",
  "web.rules.addTitle": "Ajouter une règle",
  "web.rules.newLabel": "La nouvelle règle",
  "web.rules.add": "Ajouter la règle",
  "web.rules.history": "Historique des versions",
  "web.rules.noHistory":
    "Aucune version enregistrée depuis l'arrivée du tableau de bord : les changements à partir de maintenant sont gardés ici.",
  "web.rules.versionLine": "Version {version} · {date, date, medium} à {date, time, short} ({zone}) · {who}",
  "web.rules.noEarlier": "La version précédente n'a pas été gardée.",
  "web.rules.removedLabel": "Retiré :",
  "web.rules.addedLabel": "Ajouté :",
  "web.rules.reordered": "Règles déplacées ; aucun texte n'a changé.",
  "web.rules.cleared": "Toutes les règles ont été retirées.",
  "web.tags.none": "Pas encore d'étiquettes.",
  "web.tags.privateBadge": "privée",
  "web.tags.holders": "{count, plural, one {# membre a {tag}} other {# membres ont {tag}}}",
  "web.tags.holdersLabel": "Membres avec {tag}",
  "web.tags.noHolders": "Personne ne l'a.",
  "web.tags.edit": "Modifier {tag}",
  "web.tags.delete": "Supprimer {tag}",
  "web.tags.createTitle": "Créer une étiquette",
  "web.tags.create": "Créer l'étiquette",
  "web.field.tagName": "Nom",
  "web.field.tagDescription": "Ce qu'elle signifie",
  "web.field.tagEmoji": "Emoji (facultatif)",
  "web.field.tagVisibility": "Qui voit qui l'a",
  "web.field.tagSelf": "Qui la donne",
  "web.digests.none": "Aucun résumé n'est programmé. Les modérateurs en définissent un avec {command}.",
  "web.digests.line":
    "{time} {zone}, {days}, vers {channel} ({count, plural, one {# lien} other {# liens}} au plus)",
  "web.digests.caption": "Programmation des résumés",
  "web.digests.channel": "Salon",
  "web.digests.time": "Heure",
  "web.digests.days": "Jours",
  "web.digests.items": "Liens",
  "web.digests.state": "Actif",
  "web.digests.howToChange":
    "Les programmations se définissent dans le salon où elles publient, avec {command}.",
  "web.digests.previewTitle": "Le prochain résumé, exactement tel qu'il sera publié",
  "web.digests.previewLabel": "Aperçu du résumé",
  "web.settings.welcome": "Accueil",
  "web.settings.welcomeHint": "`{member}` devient le nom du nouveau et `{community}` celui du groupe.",
  "web.settings.welcomeText": "Texte d'accueil",
  "web.settings.welcomeMode": "Où vont les messages d'accueil",
  "web.settings.modeGroup": "Dans le groupe",
  "web.settings.modePrivate": "En privé au nouveau",
  "web.settings.preview": "Aperçu",
  "web.settings.previewLabel": "Ce que voit un nouveau",
  "web.settings.general": "Adhésion, alertes et confidentialité",
  "web.settings.gate": "Les nouveaux ne participent qu'après avoir accepté les règles",
  "web.settings.modChannel": "Salon des modérateurs (son identifiant) : les alertes ne vont que là",
  "web.settings.retention": "Jours de conservation du journal et des signalements clos",
  "web.settings.warnings": "Jours pendant lesquels un avertissement reste actif",
  "web.settings.languageTitle": "Langue",
  "web.settings.languageLabel": "Langue des messages du groupe (accueils, résumés, alertes)",
  "web.settings.languageAuto": "Automatique : la langue de chaque plateforme",
  "web.settings.language":
    "C'est le même réglage que {command} dans le chat. Chaque membre peut toujours choisir sa propre langue avec {own}.",
  "web.settings.crisis": "Soutien en cas de crise",
  "web.settings.crisisText": "Ce que répond /crisis (vide : le texte intégré)",
  "web.settings.crisisAlert": "Prévenir les modérateurs quand quelqu'un demande du soutien en cas de crise",
  "web.mods.admins":
    "Les administrateurs de la plateforme sont aussi modérateurs ; ils ne sont pas listés ici.",
  "web.mods.caption": "Modérateurs ajoutés avec le bot",
  "web.mods.who": "Membre",
  "web.mods.platform": "Plateforme",
  "web.mods.since": "Depuis",
  "web.mods.sinceDate": "{date, date, medium}",
  "web.mods.change": "Modifier",
  "web.mods.remove": "Retirer @{member}",
  "web.mods.addTitle": "Ajouter un modérateur",
  "web.mods.member": "Membre",
  "web.mods.memberHint":
    "Son identifiant sur la plateforme ou son @nom ; il doit avoir rejoint le groupe ou y avoir utilisé une commande.",
  "web.mods.add": "Ajouter comme modérateur",
  "web.audit.filter": "Filtrer",
  "web.audit.member": "Modérateur (son identifiant)",
  "web.audit.kind": "Type",
  "web.audit.kindHint": "Le début d'une action, par ex. rules. ou resources.approve",
  "web.audit.from": "Du",
  "web.audit.to": "Au",
  "web.audit.apply": "Afficher",
  "web.audit.csv": "Télécharger en CSV",
  "web.audit.caption": "Actions de modération, les plus récentes d'abord",
  "web.audit.when": "Quand ({zone})",
  "web.audit.at": "{date, date, medium} à {date, time, short}",
  "web.audit.who": "Qui",
  "web.audit.action": "Action",
  "web.audit.detail": "Détail",
  "web.audit.erased": "(effacé)",

  // Newcomer review
  "setup.step.newcomers": "Modération préalable des nouveaux",
  "setup.step.language": "Langue",
  "setup.newcomers.off": "désactivée",
  "setup.newcomers.about":
    "Facultatif : les signalements d'un nouveau attendent dans la liste sans alerter personne jusqu'à ce que {count} de ses signalements ou propositions soient approuvés ; il est alors de confiance. Choisissez un autre nombre avec {command}.",
  "setup.newcomers.take":
    "Modérer les nouveaux ({count, plural, one {# approbation} other {# approbations}})",
  "setup.newcomers.taken":
    "La modération préalable des nouveaux est activée : les membres sont de confiance après {count, plural, one {# approbation} other {# approbations}} ; ceux que je connais déjà sont de confiance.",
  "setup.language.auto": "automatique (la langue de la plateforme de chaque lecteur)",
  "setup.language.about":
    "La langue des messages du bot dans le groupe, comme {command}. Chaque membre peut toujours choisir la sienne avec {own}.",
  "setup.language.keep": "La laisser automatique",
  "cmd.mod.newcomers.review":
    "Retenir signalements et liens des nouveaux pour un modérateur jusqu'à ce nombre d'approbations",
  "cmd.mod.newcomers.off": "Désactiver la modération préalable des nouveaux",
  "cmd.mod.newcomers.trust":
    "Faire confiance à un membre : ses signalements alertent aussitôt les modérateurs",
  "param.approvals": "Approbations nécessaires à un nouveau pour être de confiance",
  "config.newcomers": "Modération préalable des nouveaux : {value}",
  "newcomers.value":
    "activée, de confiance après {count, plural, one {# approbation} other {# approbations}}",
  "newcomers.on":
    "La modération préalable des nouveaux est activée. Les signalements d'un nouveau attendent dans {reports} sans alerter personne, et seul le lien d'un membre de confiance vers un site de confiance entre dans la bibliothèque sans examen, jusqu'à ce que {count, plural, one {# de ses signalements ou propositions soit approuvé} other {# de ses signalements ou propositions soient approuvés}} ; il est alors de confiance. Les membres que je connaissais déjà sont de confiance ; pour faire confiance à quelqu'un d'autre, utilisez {trust}.",
  "newcomers.off":
    "La modération préalable des nouveaux est désactivée : les signalements de chacun alertent les modérateurs aussitôt et toute proposition attend un examen.",
  "newcomers.alreadyOff": "La modération préalable des nouveaux est déjà désactivée ; rien n'a été changé.",
  "newcomers.trusted":
    "{member} est de confiance désormais : ses signalements alertent les modérateurs aussitôt.",
  "newcomers.alreadyTrusted": "{member} est déjà de confiance ; rien n'a été changé.",
  "newcomers.nowTrusted":
    "Merci de votre aide dans {community} : vous êtes désormais un membre de confiance, vos signalements parviennent donc aux modérateurs aussitôt.",
  "report.heldThanks":
    "Merci de nous l'avoir dit. Comme vous êtes nouveau ici, votre signalement attend le prochain passage des modérateurs sur les signalements au lieu de les alerter maintenant. Si quelqu'un est en danger, utilisez {crisis}.",
  "report.heldMark": " · d'un nouveau, aucune alerte envoyée",
  "res.suggestedTrusted":
    "Merci ! **{title}** est sur un site auquel les modérateurs font confiance : il est donc dans la bibliothèque (n° {id}).",
  "audit.do.resources.trustedAdd":
    "{actor} a ajouté {resource} à la bibliothèque (lien d'un membre de confiance vers un site de confiance)",
  "audit.do.members.trust": "{member} est devenu membre de confiance ({actor})",
};
