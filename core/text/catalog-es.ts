// Every user-facing string, Spanish. Same keys and placeholders as catalog-en.ts (see there for
// the format). Register: informal "tú", warm and plain, as in most Spanish-speaking peer-support
// groups; neutral Spanish that reads well in Spain and Latin America.
import type { Messages } from "./catalog-en.js";

export const es: Messages = {
  // Errors and refusals
  "error.usage": "Uso: `{usage}`",
  "error.invalidArg": "**{param}** debería ser {problem}.",
  "error.missingArg": "Falta **{param}**.",
  "error.tooManyArgs": "Aquí hay más de lo que admite `{command}`.",
  "error.unknownCommand": "No conozco el comando `{command}`. {help} muestra los comandos que puedes usar.",
  "error.moderatorOnly": "Solo los moderadores pueden usar {command}.",
  "error.groupOnly": "Usa este comando en tu grupo, no en un chat privado.",
  "error.internal":
    "Lo siento, algo ha fallado por nuestra parte. No se ha cambiado nada; inténtalo de nuevo en un momento.",
  "error.unavailable":
    "El bot no está disponible por un momento. No se ha cambiado nada; inténtalo de nuevo en un minuto.",
  "error.notYourButton": "Estos botones son para otra persona.",
  "error.staleButton": "Este botón ya no sirve.",
  "error.unknownMember":
    "Todavía no conozco a **{member}** en este grupo: tiene que haberse unido o haber usado un comando aquí.",
  "error.unknownRole": "No sé qué rol es **{role}**. Menciona el rol.",
  "error.unknownChannel": "No sé qué canal es **{channel}**. Menciona el canal o usa `here`.",

  // What a typed value should be ({param} should be …)
  "problem.valid": "válido",
  "problem.wholeNumber": "un número entero",
  "problem.min": "{value, number} o más",
  "problem.max": "{value, number} o menos",
  "problem.atLeastChars": "de al menos {value, plural, one {# carácter} other {# caracteres}}",
  "problem.atMostChars": "de como máximo {value, plural, one {# carácter} other {# caracteres}}",
  "problem.oneOf": "uno de estos: {value}",
  "problem.yesNo": "yes o no",

  "limit.commands":
    "Estás enviando comandos más rápido de lo que puedo responder. Espera un minuto y vuelve a intentarlo; no se ha cambiado nada.",
  "limit.suggest":
    "¡Gracias por todas tus sugerencias! Espera un minuto antes de enviar otra; esta no se ha guardado.",
  "limit.openSuggestions":
    "Ya tienes {max} sugerencias esperando a los moderadores. Cuando las hayan revisado podrás sugerir más; esta no se ha guardado.",
  "limit.report":
    "Gracias: los moderadores tienen los avisos que enviaste en el último minuto. Espera un minuto antes de enviar otro; este no se ha enviado.",
  "crisis.alertRecent":
    "Hace unos minutos se avisó a los moderadores de que pediste ayuda; no les he vuelto a avisar.",

  // Told to moderators once
  "notice.cannotRemoveCommands":
    "**Moderadores:** algunos miembros han escrito aquí comandos que dicen algo sobre su salud, y no puedo borrar esos mensajes. Dadme el permiso de borrar mensajes.",
  "operation.post": "publicar en un canal",
  "operation.directMessage": "enviar mensajes privados",
  "operation.restrictMembers": "restringir miembros",
  "operation.manageRoles": "gestionar roles",
  "notice.missingPermission":
    "**Moderadores:** no puedo {operation} aquí porque me falta el permiso. Revisad mi rol o mis derechos de administrador.",

  // Command names as Discord shows them in this language (lowercase, at most 32 letters, digits, - or _);
  // typed commands stay English everywhere.
  "cmdname.help": "ayuda",
  "cmdname.rules": "normas",
  "cmdname.agree": "aceptar",
  "cmdname.tags": "etiquetas",
  "cmdname.iam": "soy",
  "cmdname.iamnot": "nosoy",
  "cmdname.mytags": "misetiquetas",
  "cmdname.resources": "recursos",
  "cmdname.suggest": "sugerir",
  "cmdname.report": "avisar",
  "cmdname.mydata": "misdatos",
  "cmdname.forgetme": "olvídame",
  "cmdname.crisis": "crisis",
  "cmdname.language": "idioma",

  // Help and command descriptions (≤ 100 characters: Discord's limit on descriptions)
  "help.title": "**Comandos que puedes usar**",
  "help.members": "**Todos**",
  "help.moderators": "**Moderadores**",
  "help.line": "`{usage}` — {description}",
  "cmd.help": "Ver los comandos que puedes usar",
  "cmd.rules": "Leer las normas del grupo y si las has aceptado",
  "cmd.agree": "Aceptar las normas actuales del grupo",
  "cmd.tags": "Ver las etiquetas que puedes elegir",
  "cmd.iam": "Ponerte una etiqueta",
  "cmd.iamnot": "Quitarte una etiqueta",
  "cmd.mytags": "Ver tus etiquetas (solo las ves tú)",
  "cmd.mod.rules.add": "Añadir una norma al final",
  "cmd.mod.rules.edit": "Cambiar el texto de una norma",
  "cmd.mod.rules.remove": "Quitar una norma",
  "cmd.mod.rules.move": "Mover una norma a otra posición",
  "cmd.mod.rules.clear": "Quitar todas las normas",
  "cmd.mod.welcome.set": "Fijar el texto de bienvenida (se rellenan '{member}' y '{community}')",
  "cmd.mod.welcome.show": "Ver el texto de bienvenida tal como está escrito",
  "cmd.mod.welcome.preview": "Ver la bienvenida como la vería un miembro nuevo",
  "cmd.mod.welcome.mode": "Publicar las bienvenidas en el grupo o enviarlas en privado",
  "cmd.mod.welcome.channel": "Elegir el canal donde se publican las bienvenidas",
  "cmd.mod.gate.remind": "Recordar a quien no ha aceptado tras estas horas (0 = nunca)",
  "param.hours": "Horas",
  "gate.remindSet":
    "Quien no haya aceptado las normas tras {hours, plural, one {# hora} other {# horas}} recibe un recordatorio privado (mientras el filtro esté activo).",
  "gate.remindOff": "No se enviarán recordatorios.",
  "cmd.mod.pending": "Ver quién no ha aceptado todavía las normas",
  "cmd.mod.gate.on": "Los miembros nuevos participan solo tras aceptar las normas",
  "cmd.mod.gate.off": "Los miembros nuevos participan desde el principio",
  "cmd.mod.gate.role": "Elegir el rol que se recibe al aceptar las normas (Discord)",
  "cmd.mod.tags.create": "Crear una etiqueta",
  "cmd.mod.tags.edit": "Cambiar una etiqueta",
  "cmd.mod.tags.delete": "Borrar una etiqueta y quitársela a todos",
  "cmd.mod.tags.give": "Dar una etiqueta a un miembro",
  "cmd.mod.tags.take": "Quitar una etiqueta a un miembro",

  // Parameter descriptions
  "param.rule": "El texto de la norma",
  "param.number": "El número de la norma",
  "param.to": "La nueva posición",
  "param.text": "El texto",
  "param.mode": "group (en el grupo) o private (en privado)",
  "param.channel": "Un canal (o here)",
  "param.role": "Un rol",
  "param.tag": "El nombre de una etiqueta",
  "param.member": "Un miembro",
  "param.name": "El nombre de la etiqueta",
  "param.description": "Qué significa la etiqueta",
  "param.emoji": "Un emoji que se muestra al lado",
  "param.self": "Si los miembros pueden elegirla",
  "param.visibility": "public (otros ven quién la tiene) o private",
  "param.type": "condition (privada por defecto) o role",

  // Rules
  "rules.title": "**Normas de {community}** (versión {version})",
  "rules.titleUnnamed": "**Normas** (versión {version})",
  "rules.empty": "Este grupo aún no tiene normas.",
  "rules.accepted": "Aceptaste estas normas el {date, date, medium}.",
  "rules.notAccepted": "Aún no has aceptado estas normas: usa {agree} o el botón de abajo.",
  "rules.outdated":
    "Las normas han cambiado desde que aceptaste la versión {old}. Léelas de nuevo y acéptalas con {agree}.",
  "rules.acceptButton": "Acepto las normas",
  "rules.acceptedNow": "Gracias por aceptar las normas (versión {version}). Ya está todo listo.",
  "rules.alreadyAccepted": "Ya has aceptado las normas actuales (versión {version}).",
  "rules.nothingToAccept": "Todavía no hay normas que aceptar.",
  "rules.added":
    "Norma {number} añadida. Las normas están ahora en la versión {version}; se pedirá a los miembros que las acepten de nuevo.",
  "rules.edited": "Norma {number} cambiada. Las normas están ahora en la versión {version}.",
  "rules.removed": "Norma {number} quitada. Las normas están ahora en la versión {version}.",
  "rules.moved": "La norma {from} es ahora la norma {to}. Las normas están ahora en la versión {version}.",
  "rules.cleared": "Se han quitado todas las normas. Las normas están ahora en la versión {version}.",
  "rules.limit": "Un grupo puede tener como máximo {max, plural, one {# norma} other {# normas}}.",
  "rules.noSuchRule":
    "No existe la norma {number}: {count, plural, one {solo existe la norma 1} other {las normas van de la 1 a la #}}.",
  "rules.noRules": "Todavía no hay normas.",
  "rules.clearConfirm":
    "{count, plural, one {¿Quitar la única norma} other {¿Quitar las # normas}}? Los miembros no tendrán normas que aceptar.",
  "rules.clearButton": "Quitar todas las normas",
  "rules.changed": "Las normas cambiaron mientras decidías; no se ha quitado nada. Vuelve a usar {command}.",
  "common.cancel": "Cancelar",
  "common.cancelled": "Cancelado; no se ha cambiado nada.",

  // Welcome and gate
  "welcome.default":
    "¡Te damos la bienvenida, {member}! Este es un grupo de apoyo entre iguales. Lee las normas y acéptalas para participar.",
  "welcome.defaultUnnamed":
    "¡Te damos la bienvenida! Este es un grupo de apoyo entre iguales. Lee las normas y acéptalas para participar.",
  "welcome.tagsPrompt":
    "Elige las etiquetas que te describen. Es opcional y puedes cambiarlas cuando quieras con {iam}.",
  "welcome.reminder": "Un pequeño recordatorio: para participar en {community}, lee las normas y acéptalas.",
  "welcome.reminderUnnamed":
    "Un pequeño recordatorio: para participar en el grupo, lee las normas y acéptalas.",
  "welcome.gateNote": "Podrás participar en el grupo cuando hayas aceptado las normas.",
  "welcome.saved": "Texto de bienvenida guardado. Usa {preview} para verlo como lo vería un miembro nuevo.",
  "welcome.show": "El texto de bienvenida, tal como está escrito:",
  "welcome.showDefault": "No hay texto de bienvenida, así que los miembros nuevos ven el predeterminado:",
  "welcome.previewNote": "_Vista previa: esto es lo que ve un miembro nuevo._",
  "welcome.modeGroup": "Las bienvenidas se publicarán en el grupo.",
  "welcome.modePrivate": "Las bienvenidas se enviarán en privado a los miembros nuevos.",
  "welcome.channelSet": "Las bienvenidas se publicarán en ese canal.",
  "pending.title":
    "**{count, plural, one {# miembro no ha aceptado} other {# miembros no han aceptado}} todavía las normas actuales**",
  "pending.none": "Todo el mundo ha aceptado las normas actuales.",
  "pending.more": "…y {count, number} más.",
  "gate.on":
    "Filtro activo: los miembros nuevos solo pueden participar tras aceptar las normas, donde la plataforma lo permite.",
  "gate.off": "Filtro desactivado: los miembros nuevos pueden participar desde el principio.",
  "gate.alreadyOn": "El filtro ya está activo.",
  "gate.alreadyOff": "El filtro ya está desactivado.",
  "gate.roleSet":
    "Los miembros recibirán ese rol al aceptar las normas. Haz que tus canales solo sean visibles para ese rol.",
  "gate.noRoles":
    "En esta plataforma el filtro retiene directamente a los recién llegados; no hace falta ningún rol.",

  // App Home (Slack) and other summaries
  "home.title": "**{community}**",
  "home.titleUnnamed": "**Tu grupo**",
  "home.tags": "Tus etiquetas: {list}",
  "home.noTags": "Aún no tienes etiquetas: {tags} muestra las que puedes elegir.",
  "home.moderators": "**Para moderadores**",
  "home.pending":
    "{count, plural, one {# miembro no ha aceptado} other {# miembros no han aceptado}} las normas actuales ({command}).",

  // Resources
  "cmd.resources": "Buscar en la biblioteca de recursos revisados del grupo",
  "cmd.suggest": "Sugerir un enlace para la biblioteca (lo revisan los moderadores)",
  "cmd.mod.resources.add": "Añadir un recurso revisado a la biblioteca",
  "cmd.mod.resources.edit": "Cambiar un recurso (queda marcado como revisado)",
  "cmd.mod.resources.retire": "Sacar un recurso de la biblioteca",
  "cmd.mod.resources.review": "Revisar las sugerencias una a una",
  "cmd.mod.resources.trusted.add": "Marcar un dominio como fuente de confianza",
  "cmd.mod.resources.trusted.remove": "Dejar de confiar en un dominio",
  "cmd.mod.resources.trusted.list": "Ver las fuentes de confianza",
  "param.query": "Palabras que buscar",
  "param.url": "El enlace (http o https)",
  "param.title": "El título (entre comillas si tiene espacios)",
  "param.summary": "Una línea sobre qué es",
  "param.topics": "Etiquetas de tema, separadas por comas",
  "param.source": "government, clinical, patient_org, peer u other",
  "param.id": "El número del recurso",
  "param.domain": "Un dominio, p. ej. nhs.uk",
  "source.government": "institución pública",
  "source.clinical": "fuente clínica",
  "source.patient_org": "asociación de pacientes",
  "source.peer": "escrito por iguales",
  "source.other": "otra fuente",
  "res.title": "**Recursos** (página {page})",
  "res.titleQuery": "**Recursos sobre «{query}»** (página {page})",
  "res.none": "Ningún recurso coincide con «{query}».",
  "res.empty": "La biblioteca está vacía por ahora. Con {suggest} puedes sugerir un enlace.",
  "res.summary": " — {summary}",
  "res.meta": "{source} · #{id} · aprobado por ",
  "res.metaNobody": "{source} · #{id}",
  "res.reviewed": " · revisado el {date, date, medium}",
  "res.prev": "‹ Anterior",
  "res.next": "Siguiente ›",
  "res.suggested": "¡Gracias! Tu sugerencia (#{id}) espera la revisión de los moderadores.",
  "res.duplicate": "Ese enlace ya está en la biblioteca: **{title}** (#{id}).",
  "res.duplicatePending": "Ese enlace ya se sugirió y espera revisión (#{id}).",
  "res.duplicateRejected": "Ese enlace ya se revisó y no se añadió (#{id}).",
  "res.duplicateRetired": "Ese enlace estuvo en la biblioteca y se retiró (#{id}).",
  "res.badScheme": "Solo se pueden añadir enlaces http:// y https://.",
  "res.badUrl": "Eso no parece una dirección web. Ejemplo: https://www.nhs.uk/conditions/diabetes/",
  "res.longUrl":
    "Ese enlace es demasiado largo (como máximo {max, plural, one {# carácter} other {# caracteres}}).",
  "res.credentialsUrl": "No se pueden añadir enlaces que contengan un nombre de usuario o una contraseña.",
  "res.badTopics":
    "Da como máximo {max, plural, one {# etiqueta de tema} other {# etiquetas de tema}} de hasta {length, plural, one {# carácter} other {# caracteres}}, separadas por comas.",
  "res.added": "**{title}** añadido a la biblioteca (#{id}).",
  "res.edited": "Recurso #{id} actualizado y marcado como revisado.",
  "res.retired": "Recurso #{id} retirado: ya no aparece en búsquedas ni resúmenes.",
  "res.noSuch": "No hay ningún recurso #{id} en esta biblioteca.",
  "res.nothingToEdit": 'Di qué cambiar, p. ej. `title:"Nuevo título"` o `source:clinical`.',
  "res.queueEmpty": "No hay sugerencias esperando revisión.",
  "res.review": "**Sugerencia #{id}** — {left, plural, one {# en espera} other {# en espera en total}}",
  "res.trusted": "✓ Fuente de confianza ({host})",
  "res.unverified": "⚠ Fuente sin verificar ({host}): compruébala antes de aprobarla.",
  "res.suggestedBy": "Sugerido por ",
  "res.suggestedByGone": "Sugerido por un miembro que ya se fue o pidió ser olvidado.",
  "res.approve": "Aprobar",
  "res.reject": "Rechazar",
  "res.edit": "Editar",
  "res.approved": "#{id} aprobado: ya está en la biblioteca.",
  "res.rejected": "#{id} rechazado.",
  "res.editHelp": "Para cambiarlo, usa {command} (sigue en la cola hasta que se apruebe).",
  "res.alreadyReviewed": "La sugerencia #{id} ya se revisó.",
  "trusted.added": "**{domain}** es ahora una fuente de confianza.",
  "trusted.already": "**{domain}** ya es una fuente de confianza.",
  "trusted.removed": "**{domain}** ya no es una fuente de confianza.",
  "trusted.notFound": "**{domain}** no era una fuente de confianza.",
  "trusted.list": "**Fuentes de confianza:** {list}",
  "trusted.none": "Aún no hay fuentes de confianza. {command} añade una.",
  "trusted.bad": "Eso no es un nombre de dominio. Ejemplo: nhs.uk",

  // Digests
  "cmd.mod.digest.set": "Publicar cada día un resumen de recursos en un canal a una hora local",
  "cmd.mod.digest.show": "Ver la programación de los resúmenes",
  "cmd.mod.digest.off": "Parar el resumen de un canal (o todos)",
  "cmd.mod.digest.preview": "Ver el próximo resumen sin publicarlo",
  "cmd.mod.digest.now": "Publicar ahora mismo el resumen de un canal",
  "param.time": "Hora local, p. ej. 09:00",
  "param.timezone": "Zona horaria IANA, p. ej. Europe/Madrid",
  "param.weekdays": "daily, weekdays, weekends o p. ej. mon,wed,fri",
  "param.count": "Cuántos recursos (1–10)",
  "digest.title": "**Recursos de hoy de {community}**",
  "digest.titleUnnamed": "**Recursos de hoy**",
  "digest.footer": "Encuentra más con {command}.",
  "digest.badTime": "Eso no es una hora. Usa el formato de 24 horas, como 09:00 o 18:30.",
  "digest.badZone":
    "No conozco la zona horaria **{zone}**. Usa un nombre IANA como Europe/Madrid, America/Mexico_City o America/Bogota.",
  "digest.badWeekdays": "Di qué días, como daily, weekdays, weekends, mon-fri o mon,wed,fri.",
  "digest.set":
    "Resumen programado: {count, plural, one {# recurso} other {# recursos}} a las {time} ({zone}), {days}.",
  "digest.none": "No hay ningún resumen programado. {command} programa uno.",
  "digest.line": "{time} {zone}, {days}, {count, plural, one {# recurso} other {# recursos}} en el canal ",
  "digest.lineOff": " (parado)",
  "digest.off": "Resumen parado en {count, plural, one {# canal} other {# canales}}.",
  "digest.noneToStop": "No había ningún resumen que parar.",
  "digest.emptyLibrary":
    "**Moderadores:** el resumen de hoy no se publicó porque la biblioteca no tiene recursos aprobados. {command} añade uno.",
  "digest.emptyPreview": "La biblioteca aún no tiene recursos aprobados, así que no hay nada que publicar.",
  "digest.posted": "Resumen publicado.",
  "digest.cannotPost":
    "**Moderadores:** no he podido publicar el resumen en su canal: quizá no tengo permiso allí o el canal ya no existe. {command} muestra la programación.",
  "digest.notPosted": "No he podido publicar el resumen ahí. Comprueba que puedo publicar en ese canal.",
  "digest.noSchedule": "No hay ningún resumen para ese canal. {command} programa uno.",

  // Moderation
  "cmd.report": "Avisar a los moderadores de un problema (solo lo ven ellos)",
  "cmd.mod.reports": "Ver los avisos abiertos",
  "cmd.mod.channel.set": "Elegir el canal donde los moderadores reciben alertas",
  "cmd.mod.warn": "Advertir a un miembro (se le dice en privado)",
  "cmd.mod.warnings": "Ver las advertencias activas de un miembro",
  "cmd.mod.warnings.expire": "Fijar a los cuántos días caducan las advertencias",
  "cmd.mod.unwarn": "Quitar una advertencia a un miembro",
  "cmd.mod.moderators.add": "Hacer a un miembro moderador de esta comunidad",
  "cmd.mod.moderators.remove": "Quitar el rol de moderador a un miembro",
  "cmd.mod.moderators.list": "Ver los moderadores que añadió este bot",
  "cmd.mod.audit": "Ver las últimas acciones de moderación",
  "cmd.mod.config": "Ver todos los ajustes de esta comunidad",
  "param.reason": "Qué ha pasado",
  "param.days": "Número de días",
  "param.warning": "El número de la advertencia",
  "param.countAudit": "Cuántas entradas (1–100)",
  "report.menu": "Avisar a los moderadores",
  "form.submit": "Aceptar",
  "report.thanks":
    "Gracias por contárnoslo. Los moderadores lo revisarán; los demás miembros no ven tu aviso.",
  "report.alert": "**Nuevo aviso #{id}** de ",
  "report.alertReason": "Motivo: {reason}",
  "report.alertMessage": "Mensaje: ",
  "report.noReason": "(sin motivo)",
  "report.none": "No hay avisos abiertos.",
  "report.title": "**Avisos abiertos** ({count, number})",
  "report.line": "#{id} · {date, date, medium} · {reason}",
  "report.resolve": "Resolver #{id}",
  "report.dismiss": "Descartar #{id}",
  "report.resolved": "Aviso #{id} resuelto.",
  "report.dismissed": "Aviso #{id} descartado.",
  "report.alreadyClosed": "El aviso #{id} ya estaba cerrado.",
  "modchannel.notGroup":
    "Los miembros pueden leer ese canal, y las alertas nombran a miembros. Elige uno que solo vean los moderadores: en Telegram un chat aparte de moderadores (no este grupo ni uno de sus temas), en Discord un canal que los roles de miembro no puedan ver, en Slack un canal privado.",
  "modchannel.set": "Las alertas para moderadores se publicarán en ese canal.",
  "warn.given":
    "Advertencia #{id} dada a {member}; ahora {count, plural, one {tiene # advertencia activa} other {tiene # advertencias activas}}. Se le ha dicho en privado.",
  "warn.givenNotTold":
    "Advertencia #{id} dada a {member}; ahora {count, plural, one {tiene # advertencia activa} other {tiene # advertencias activas}}. No he podido decírselo en privado.",
  "warn.dm": "Has recibido una advertencia de los moderadores de {community}: {reason}",
  "warn.dmUnnamed": "Has recibido una advertencia de los moderadores del grupo: {reason}",
  "warn.none": "{member} no tiene advertencias activas.",
  "warn.title": "**Advertencias activas de {member}** ({count, number})",
  "warn.line": "#{id} · {date, date, medium} · {reason} (caduca el {expires, date, medium})",
  "warn.removed": "Advertencia #{id} quitada.",
  "warn.noSuch": "{member} no tiene la advertencia #{id}.",
  "warn.expirySet":
    "Las advertencias caducan ahora a {days, plural, one {# día} other {los # días}} (las nuevas; las existentes mantienen su fecha).",
  "mods.added": "{member} es ahora moderador de esta comunidad.",
  "mods.already": "{member} ya es moderador.",
  "mods.removed":
    "{member} ya no es moderador (los administradores de la plataforma siguen siendo moderadores).",
  "mods.notOne": "{member} no era un moderador añadido con este bot.",
  "mods.none":
    "No se ha añadido ningún moderador con este bot; los administradores de la plataforma son moderadores de todos modos.",
  "mods.title":
    "**Moderadores añadidos con este bot** (los administradores de la plataforma también son moderadores)",
  "audit.none": "Todavía no hay nada en el registro.",
  "config.title": "**Ajustes de esta comunidad**",
  "config.welcome": "Texto de bienvenida: {value}",
  "config.welcomeMode": "Bienvenidas: {value}",
  "config.gate": "Filtro: {value}",
  "config.rules": "Normas: {count, number} (versión {version})",
  "config.tags": "Etiquetas: {count, number}",
  "config.resources": "Recursos: {approved, number} aprobados, {waiting, number} esperando revisión",
  "config.digests": "Resúmenes: {value}",
  "config.modChannel": "Canal de moderadores: {value}",
  "config.retention":
    "Los avisos, advertencias y entradas del registro se guardan {days, plural, one {# día} other {# días}}",
  "config.warnings": "Las advertencias caducan a {days, plural, one {# día} other {los # días}}",
  "config.crisis": "Recursos de crisis: {value}; aviso a moderadores: {alert}",
  "config.reminder": "Recordatorio para aceptar las normas: {value}",
  "config.groups": "Grupos en esta comunidad: {count, number}",
  "config.set": "fijado",
  "config.default": "predeterminado",
  "config.on": "activo",
  "config.off": "desactivado",
  "config.none": "ninguno",
  "config.notSet": "sin fijar",

  // Privacy
  "cmd.mydata": "Recibir todo lo que este bot guarda sobre ti (en privado)",
  "cmd.forgetme": "Borrar todo lo que este bot guarda sobre ti",
  "cmd.mod.retention": "Guardar avisos, advertencias y registro durante estos días",
  "mydata.summary":
    "Esto es todo lo que peerbridge guarda sobre ti en {platform}: {memberships, plural, one {# pertenencia a un grupo} other {# pertenencias a grupos}}, {tags, plural, one {# etiqueta} other {# etiquetas}}, {warnings, plural, one {# advertencia} other {# advertencias}}, {reports, plural, one {# aviso que enviaste} other {# avisos que enviaste}} y {suggestions, plural, one {# sugerencia} other {# sugerencias}}. Nada más: ni nombres ni mensajes. El archivo tiene los detalles.",
  "forget.confirm":
    "**Esto borra lo que peerbridge guarda sobre ti en {platform}, en todos los grupos donde funciona:** {memberships, plural, one {# pertenencia a un grupo} other {# pertenencias a grupos}} con tu aceptación de las normas, {tags, plural, one {# etiqueta} other {# etiquetas}}, {warnings, plural, one {# advertencia} other {# advertencias}} y tu rol de moderador donde te lo dio este bot ({grants, number}).",
  "forget.keeps":
    "Lo que se queda, sin tu nombre: avisos que enviaste ({reports, number}), enlaces que sugeriste ({suggestions, number}) y acciones de moderación que hiciste. Esto no se puede deshacer.",
  "forget.button": "Olvídame",
  "forget.done":
    "Hecho. peerbridge ya no guarda nada sobre ti. Si vuelves a usar un comando, empezará un registro nuevo.",
  "retention.set":
    "Los avisos, advertencias y entradas del registro con más de {days, plural, one {# día} other {# días}} se borrarán en la limpieza diaria.",

  // Safety
  "cmd.crisis": "Recibir ayuda en una crisis ahora (solo para ti)",
  "cmd.mod.crisis.set": "Fijar los recursos de crisis de esta comunidad",
  "cmd.mod.crisis.show": "Ver los recursos de crisis tal como los ven los miembros",
  "cmd.mod.crisis.alert": "Avisar en privado a los moderadores cuando alguien pide ayuda en una crisis",
  "param.onoff": "on u off",
  "crisis.fallback":
    "**Si estás en peligro o podrías actuar sobre pensamientos de hacerte daño, {number, select, unknown {llama ahora a tu número local de emergencias} other {llama ahora al {number}}}** o ve a las urgencias más cercanas.",
  "crisis.community": "**Recursos de crisis de los moderadores de tu grupo:**",
  "crisis.care": "Importas, y no tienes que pasar por esto a solas.",
  "crisis.alert":
    "**Aviso para moderadores:** alguien acaba de pedir recursos de crisis. Piensa en escribirle en privado: ",
  "crisis.saved": "Recursos de crisis guardados. {command} los muestra tal como los ven los miembros.",
  "crisis.alertOn":
    "Los moderadores recibirán un aviso privado (quién, nunca qué) cuando alguien use {command}.",
  "crisis.needsModChannel":
    "El aviso dice quién lo pidió, así que solo va a un canal de moderadores. Fija uno primero con {command} (asegúrate de que solo lo leen los moderadores).",
  "crisis.alertOff": "Los moderadores ya no recibirán aviso cuando alguien use {command}.",

  // Languages and time zone
  "cmd.language": "Elegir el idioma en que te hablo (en, es, fr o auto)",
  "cmd.mod.language": "Elegir el idioma de las publicaciones del grupo (en, es, fr o auto)",
  "cmd.mod.timezone": "Elegir la zona horaria en que se muestran las fechas",
  "param.language": "Un código de idioma: en, es, fr, o auto para el de tu grupo",
  "param.communityLanguage": "Un código de idioma: en, es, fr, o auto para el de cada plataforma",
  "language.current":
    "Te hablo en **{language}**. Idiomas que hablo: {list}. Elige uno con {command} seguido de su código.",
  "language.set": "A partir de ahora te hablo en **{language}**.",
  "language.auto": "Ya no tienes un idioma propio: te hablo en el de tu grupo, **{language}**.",
  "language.notStored":
    "Guardo tu idioma con tu pertenencia a un grupo, y aún no estás en ninguno. Usa {command} en tu grupo.",
  "language.communitySet":
    "Las publicaciones del grupo (bienvenidas, resúmenes, alertas) están ahora en **{language}**.",
  "language.communityAuto":
    "El grupo ya no tiene un idioma propio: las publicaciones siguen el idioma de cada plataforma.",
  "language.timeZoneSet": "Las fechas y horas se muestran ahora en {zone}: allí son las {now, time, short}.",
  "config.language": "Idioma: {value}",
  "config.timeZone": "Zona horaria: {value}",

  // Linking groups into one community
  "cmd.mod.link": "Unir grupos: sin código, recibe uno; con código, únete a esa comunidad",
  "cmd.mod.unlink": "Separar este grupo en una comunidad propia (con una copia de los ajustes)",
  "param.code": "Un código de unión del otro grupo",
  "link.code":
    "Código de unión: **{code}** — vale 15 minutos, una vez. Un moderador del otro grupo usa allí {command} {code}; ese grupo comparte entonces las normas, etiquetas, recursos, resúmenes y moderadores de este.",
  "link.invalid": "Ese código no existe, ya se usó o caducó. Pide uno nuevo con {command} en el otro grupo.",
  "link.same": "Este grupo ya forma parte de esa comunidad.",
  "link.done":
    "Unidos. Este grupo comparte ahora las normas, etiquetas, recursos, resúmenes y moderadores de esa comunidad. Se pedirá a los miembros que acepten sus normas.",
  "unlink.only": "Este grupo no está unido a ningún otro; no hay nada que separar.",
  "unlink.done":
    "Este grupo tiene ahora una comunidad propia, que empieza con una copia de los ajustes, normas, etiquetas y recursos compartidos.",

  // Telegram only: private-chat prompts and the start message
  "telegram.start":
    "¡Hola! Soy **peerbridge**, un ayudante para grupos de apoyo entre iguales. Añádeme a tu grupo y hazme administrador: doy la bienvenida a quien llega con las normas del grupo y dejo que los miembros elijan etiquetas. Aquí, en privado, respondo lo que es solo para ti.",
  "telegram.startCommand": "Qué hace este bot",
  "telegram.startFirst":
    "Tienes una respuesta en un chat privado conmigo. Telegram solo me deja escribirte cuando has abierto ese chat: toca el botón de abajo y luego **Iniciar**.",
  "telegram.startFirstButton": "Abrir un chat privado",
  "telegram.welcomePrivately":
    "¡Te damos la bienvenida! Tu bienvenida y las normas del grupo te esperan en un chat privado conmigo: toca el botón de abajo y luego **Iniciar**.",
  "telegram.welcomePrivatelyButton": "Leer la bienvenida en privado",
  "telegram.notMember": "No eres miembro de ese grupo, así que no puedo abrir esto para él.",
  "telegram.addedWithoutRights":
    "¡Gracias por añadirme! Hazme **administrador** con el permiso **Bloquear usuarios**: lo necesito para ver quién se une y para retener a los recién llegados hasta que acepten las normas (cuando el filtro está activo).",

  // Tags
  "tags.title": "**Etiquetas** — elige una con {iam}",
  "tags.empty": "Todavía no hay etiquetas.",
  "tags.line": "**{name}** — {description}",
  "tags.lineBare": "**{name}**",
  "tags.modOnlyMark": " _(la dan los moderadores)_",
  "tags.privateMark": " _(privada: solo tú y los moderadores veis quién la tiene)_",
  "tags.pickPlaceholder": "Elige tus etiquetas",
  "tags.added": "Ahora tienes la etiqueta **{tag}**.",
  "tags.removed": "Se ha quitado la etiqueta **{tag}**.",
  "tags.alreadyHave": "Ya tienes **{tag}**.",
  "tags.dontHave": "No tienes **{tag}**.",
  "tags.modOnly": "**{tag}** solo la dan los moderadores.",
  "tags.unknown": "No hay ninguna etiqueta llamada **{name}**.",
  "tags.didYouMean": "No hay ninguna etiqueta llamada **{name}**. ¿Querías decir **{suggestion}**?",
  "tags.mine": "Tus etiquetas: {list}",
  "tags.mineEmpty": "No tienes etiquetas. {tags} muestra las que puedes elegir.",
  "tags.pickSaved": "Guardado. Tus etiquetas: {list}",
  "tags.pickSavedEmpty": "Guardado. Ahora no tienes etiquetas.",
  "tags.created": "Etiqueta **{tag}** creada ({visibility}, {assign}).",
  "tags.edited": "Etiqueta **{tag}** actualizada.",
  "tags.deleted":
    "Etiqueta **{tag}** borrada y quitada a {count, plural, one {# miembro} other {# miembros}}.",
  "tags.given": "**{tag}** dada a {member}.",
  "tags.taken": "**{tag}** quitada a {member}.",
  "tags.memberHas": "{member} ya tiene **{tag}**.",
  "tags.memberHasNot": "{member} no tiene **{tag}**.",
  "tags.duplicate": "Ya existe una etiqueta llamada **{tag}**.",
  "tags.limit": "Un grupo puede tener como máximo {max, plural, one {# etiqueta} other {# etiquetas}}.",
  "tags.nothingToEdit": "Di qué cambiar, p. ej. `description:Texto nuevo` o `visibility:private`.",
  "tags.badName": "El nombre de una etiqueta necesita una letra o un número y ningún salto de línea.",
  "tags.badEmoji": "El emoji debe ser un único emoji.",
  "tags.public": "pública",
  "tags.private": "privada",
  "tags.self": "la eligen los miembros",
  "tags.modAssigned": "la dan los moderadores",
};
