// Every user-facing string, French. Same keys and placeholders as catalog-en.ts (see there for
// the format). Register: "vous", warm and plain; "vous" is the respectful default for people one
// does not know, and reads as kind rather than cold in a support setting.
import type { Messages } from "./catalog-en.js";

export const fr: Messages = {
  // Errors and refusals
  "error.usage": "Utilisation : `{usage}`",
  "error.invalidArg": "**{param}** devrait être {problem}.",
  "error.missingArg": "Il manque **{param}**.",
  "error.tooManyArgs": "Il y a ici plus que ce que `{command}` accepte.",
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
  "common.cancel": "Annuler",
  "common.cancelled": "Annulé ; rien n'a été modifié.",

  // Welcome and gate
  "welcome.default":
    "Bienvenue, {member} ! Ceci est un groupe d'entraide entre pairs. Lisez les règles et acceptez-les pour participer.",
  "welcome.defaultUnnamed":
    "Bienvenue ! Ceci est un groupe d'entraide entre pairs. Lisez les règles et acceptez-les pour participer.",
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
  "gate.on":
    "Filtre actif : les nouveaux membres ne peuvent participer qu'après avoir accepté les règles, là où la plateforme le permet.",
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
  "res.suggested": "Merci ! Votre proposition (n° {id}) attend l'examen des modérateurs.",
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
  "res.added": "**{title}** ajoutée à la bibliothèque (n° {id}).",
  "res.edited": "Ressource n° {id} mise à jour et marquée vérifiée.",
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
  "cmd.mod.channel.set": "Choisir le salon où les modérateurs reçoivent les alertes",
  "cmd.mod.warn": "Avertir un membre (il en est informé en privé)",
  "cmd.mod.warnings": "Lister les avertissements actifs d'un membre",
  "cmd.mod.warnings.expire": "Choisir après combien de jours les avertissements expirent",
  "cmd.mod.unwarn": "Retirer un avertissement à un membre",
  "cmd.mod.moderators.add": "Faire d'un membre un modérateur de cette communauté",
  "cmd.mod.moderators.remove": "Retirer le rôle de modérateur à un membre",
  "cmd.mod.moderators.list": "Lister les modérateurs ajoutés par ce bot",
  "cmd.mod.audit": "Afficher les dernières actions de modération",
  "cmd.mod.config": "Afficher tous les réglages de cette communauté",
  "param.reason": "Ce qui s'est passé",
  "param.days": "Nombre de jours",
  "param.warning": "Le numéro de l'avertissement",
  "param.countAudit": "Combien d'entrées (1–100)",
  "report.menu": "Signaler aux modérateurs",
  "form.submit": "OK",
  "report.thanks":
    "Merci de nous l'avoir dit. Les modérateurs vont s'en occuper ; les autres membres ne voient pas votre signalement.",
  "report.alert": "**Nouveau signalement n° {id}** de ",
  "report.alertReason": "Motif : {reason}",
  "report.alertMessage": "Message : ",
  "report.noReason": "(aucun motif donné)",
  "report.none": "Aucun signalement ouvert.",
  "report.title": "**Signalements ouverts** ({count, number})",
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
  "config.gate": "Filtre : {value}",
  "config.rules": "Règles : {count, number} (version {version})",
  "config.tags": "Étiquettes : {count, number}",
  "config.resources": "Ressources : {approved, number} approuvées, {waiting, number} en attente d'examen",
  "config.digests": "Sélections : {value}",
  "config.modChannel": "Salon des modérateurs : {value}",
  "config.retention":
    "Les signalements, avertissements et entrées du journal sont gardés {days, plural, one {# jour} other {# jours}}",
  "config.warnings": "Les avertissements expirent après {days, plural, one {# jour} other {# jours}}",
  "config.crisis": "Ressources de crise : {value} ; alerte aux modérateurs : {alert}",
  "config.reminder": "Rappel pour accepter les règles : {value}",
  "config.groups": "Groupes dans cette communauté : {count, number}",
  "config.set": "défini",
  "config.default": "par défaut",
  "config.on": "actif",
  "config.off": "désactivé",
  "config.none": "aucun",
  "config.notSet": "non défini",

  // Privacy
  "cmd.mydata": "Recevoir tout ce que ce bot conserve sur vous (en privé)",
  "cmd.forgetme": "Effacer tout ce que ce bot conserve sur vous",
  "cmd.mod.retention": "Garder signalements, avertissements et journal ce nombre de jours",
  "mydata.summary":
    "Voici tout ce que peerbridge conserve sur vous sur {platform} : {memberships, plural, one {# adhésion à un groupe} other {# adhésions à des groupes}}, {tags, plural, one {# étiquette} other {# étiquettes}}, {warnings, plural, one {# avertissement} other {# avertissements}}, {reports, plural, one {# signalement envoyé} other {# signalements envoyés}} et {suggestions, plural, one {# proposition} other {# propositions}}. Rien d'autre : ni noms, ni messages. Le fichier donne le détail.",
  "forget.confirm":
    "**Ceci efface ce que peerbridge conserve sur vous sur {platform}, dans tous les groupes où il fonctionne :** {memberships, plural, one {# adhésion à un groupe} other {# adhésions à des groupes}} avec votre acceptation des règles, {tags, plural, one {# étiquette} other {# étiquettes}}, {warnings, plural, one {# avertissement} other {# avertissements}} et votre rôle de modérateur là où ce bot vous l'a donné ({grants, number}).",
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
    "**Si vous êtes en danger ou risquez de passer à l'acte, {number, select, unknown {appelez maintenant votre numéro d'urgence local} other {appelez maintenant le {number}}}** ou rendez-vous aux urgences les plus proches.",
  "crisis.community": "**Ressources de crise des modérateurs de votre groupe :**",
  "crisis.care": "Vous comptez, et vous n'avez pas à traverser cela seul.",
  "crisis.alert":
    "**À l'attention des modérateurs :** un membre vient de demander les ressources de crise. Pensez à lui écrire en privé : ",
  "crisis.saved": "Ressources de crise enregistrées. {command} les affiche comme les membres les voient.",
  "crisis.alertOn":
    "Les modérateurs recevront une alerte privée (qui, jamais quoi) quand quelqu'un utilise {command}.",
  "crisis.needsModChannel":
    "L'alerte dit qui a demandé, elle ne va donc que dans un salon réservé aux modérateurs. Définissez-en un d'abord avec {command} (assurez-vous que seuls les modérateurs peuvent le lire).",
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
  "tags.created": "Étiquette **{tag}** créée ({visibility}, {assign}).",
  "tags.edited": "Étiquette **{tag}** mise à jour.",
  "tags.deleted":
    "Étiquette **{tag}** supprimée et retirée à {count, plural, one {# membre} other {# membres}}.",
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
};
