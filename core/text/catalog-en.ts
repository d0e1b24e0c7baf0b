// Every user-facing string, English, in ICU MessageFormat: {name} placeholders,
// {count, plural, one {# tag} other {# tags}} with CLDR plural rules, {kind, select, …},
// {n, number}, {d, date, medium} (shown in the reader's locale and the community's time zone).
// Templates may also use **bold**, _italic_ and `code`; values are inserted as plain text, never
// parsed. A literal brace is quoted: '{member}'. A translation is a file with the same keys and
// the same placeholders (test/core/catalogs.test.ts checks them).

export const en = {
  // Errors and refusals
  "error.usage": "Usage: `{usage}`",
  "error.invalidArg": "**{param}** should be {problem}.",
  "error.missingArg": "**{param}** is missing.",
  "error.tooManyArgs": "There is more here than `{command}` takes.",
  "error.unknownCommand": "I don't know the command `{command}`. {help} lists the commands you can use.",
  "error.moderatorOnly": "Only moderators can use {command}.",
  "error.groupOnly": "Use this command in your group rather than in a private chat.",
  "error.internal":
    "Sorry, something went wrong on our side. Nothing was changed; please try again in a moment.",
  "error.unavailable": "The bot is briefly unavailable. Nothing was changed; please try again in a minute.",
  "error.notYourButton": "These buttons are for someone else.",
  "error.staleButton": "This button no longer applies.",
  "limit.commands":
    "You're sending commands faster than I can answer. Please wait a minute and try again; nothing was changed.",
  "error.unknownMember":
    "I don't know **{member}** in this group yet: they need to have joined or used a command here.",
  "error.unknownRole": "I can't tell which role **{role}** is. Mention the role.",
  "error.unknownChannel": "I can't tell which channel **{channel}** is. Mention the channel, or use `here`.",

  // What a typed value should be ({param} should be …)
  "problem.valid": "valid",
  "problem.wholeNumber": "a whole number",
  "problem.min": "{value, number} or more",
  "problem.max": "{value, number} or less",
  "problem.atLeastChars": "at least {value, plural, one {# character} other {# characters}}",
  "problem.atMostChars": "at most {value, plural, one {# character} other {# characters}}",
  "problem.oneOf": "one of: {value}",
  "problem.yesNo": "yes or no",

  // Told to moderators once
  "notice.cannotRemoveCommands":
    "**Moderators:** members typed commands here that say something about their health, and I can't remove those messages. Please give me the right to delete messages.",
  "notice.missingPermission":
    "**Moderators:** I can't {operation} here because I lack the permission. Please check my role or admin rights.",
  // What the bot was doing, completing "I can't … here" (core/platform-error.ts PlatformOperation)
  "operation.post": "post in a channel",
  "operation.directMessage": "send private messages",
  "operation.restrictMembers": "restrict members",
  "operation.manageRoles": "manage roles",

  // Command names as Discord shows them in this language (lowercase, at most 32 letters, digits, - or _);
  // typed commands stay English everywhere.
  "cmdname.help": "help",
  "cmdname.rules": "rules",
  "cmdname.agree": "agree",
  "cmdname.tags": "tags",
  "cmdname.iam": "iam",
  "cmdname.iamnot": "iamnot",
  "cmdname.mytags": "mytags",
  "cmdname.resources": "resources",
  "cmdname.suggest": "suggest",
  "cmdname.report": "report",
  "cmdname.mydata": "mydata",
  "cmdname.forgetme": "forgetme",
  "cmdname.crisis": "crisis",
  "cmdname.language": "language",

  // Help and command descriptions (≤ 100 characters: Discord's limit on descriptions)
  "help.title": "**Commands you can use**",
  "help.members": "**Everyone**",
  "help.moderators": "**Moderators**",
  "help.line": "`{usage}` — {description}",
  "cmd.help": "List the commands you can use",
  "cmd.rules": "Read the group's rules and whether you accepted them",
  "cmd.agree": "Accept the group's current rules",
  "cmd.tags": "See the tags you can pick",
  "cmd.iam": "Give yourself a tag",
  "cmd.iamnot": "Remove a tag from yourself",
  "cmd.mytags": "See your tags (only you see this)",
  "cmd.mod.rules.add": "Add a rule at the end",
  "cmd.mod.rules.edit": "Change the text of a rule",
  "cmd.mod.rules.remove": "Remove a rule",
  "cmd.mod.rules.move": "Move a rule to another position",
  "cmd.mod.rules.clear": "Remove every rule",
  "cmd.mod.welcome.set": "Set the welcome text ('{member}' and '{community}' are filled in)",
  "cmd.mod.welcome.show": "Show the welcome text as written",
  "cmd.mod.welcome.preview": "See the welcome as a new member would",
  "cmd.mod.welcome.mode": "Post welcomes in the group or send them privately",
  "cmd.mod.welcome.channel": "Choose the channel welcomes are posted in",
  "cmd.mod.gate.remind": "Remind newcomers who haven't accepted after this many hours (0 = never)",
  "param.hours": "Hours",
  "gate.remindSet":
    "Newcomers who haven't accepted the rules after {hours, plural, one {# hour} other {# hours}} get one private reminder (while the gate is on).",
  "gate.remindOff": "No reminders will be sent.",
  "cmd.mod.pending": "List members who have not accepted the rules yet",
  "cmd.mod.gate.on": "New members take part only after accepting the rules",
  "cmd.mod.gate.off": "New members take part at once",
  "cmd.mod.gate.role": "Choose the role members get on accepting the rules (Discord)",
  "cmd.mod.tags.create": "Create a tag",
  "cmd.mod.tags.edit": "Change a tag",
  "cmd.mod.tags.delete": "Delete a tag and remove it from everyone",
  "cmd.mod.tags.give": "Give a member a tag",
  "cmd.mod.tags.take": "Take a tag from a member",

  // Parameter descriptions
  "param.rule": "The rule's text",
  "param.number": "The rule's number",
  "param.to": "The new position",
  "param.text": "The text",
  "param.mode": "group or private",
  "param.channel": "A channel (or here)",
  "param.role": "A role",
  "param.tag": "A tag's name",
  "param.member": "A member",
  "param.name": "The tag's name",
  "param.description": "What the tag means",
  "param.emoji": "An emoji shown beside it",
  "param.self": "Whether members can pick it themselves",
  "param.visibility": "public (others see who has it) or private",
  "param.type": "condition (private by default) or role",

  // Rules
  "rules.title": "**Rules of {community}** (version {version})",
  "rules.titleUnnamed": "**Rules** (version {version})",
  "rules.empty": "This group has no rules yet.",
  "rules.accepted": "You accepted these rules on {date, date, medium}.",
  "rules.notAccepted": "You have not accepted these rules yet: use {agree} or the button below.",
  "rules.outdated":
    "The rules changed since you accepted version {old}. Please read them again and accept with {agree}.",
  "rules.acceptButton": "I accept the rules",
  "rules.acceptedNow": "Thank you for accepting the rules (version {version}). You're all set.",
  "rules.alreadyAccepted": "You have already accepted the current rules (version {version}).",
  "rules.nothingToAccept": "There are no rules to accept yet.",
  "rules.added":
    "Rule {number} added. The rules are now version {version}; members will be asked to accept them again.",
  "rules.edited": "Rule {number} changed. The rules are now version {version}.",
  "rules.removed": "Rule {number} removed. The rules are now version {version}.",
  "rules.moved": "Rule {from} is now rule {to}. The rules are now version {version}.",
  "rules.cleared": "All rules removed. The rules are now version {version}.",
  "rules.limit": "A group can have at most {max, plural, one {# rule} other {# rules}}.",
  "rules.noSuchRule":
    "There is no rule {number}: {count, plural, one {there is only rule 1} other {the rules go from 1 to #}}.",
  "rules.noRules": "There are no rules yet.",
  "rules.clearConfirm":
    "{count, plural, one {Remove the only rule} other {Remove all # rules}}? Members will have no rules to accept.",
  "rules.clearButton": "Remove all rules",
  "rules.changed": "The rules changed while you were deciding; nothing was removed. Run {command} again.",
  "common.cancel": "Cancel",
  "common.cancelled": "Cancelled; nothing was changed.",

  // Welcome and gate
  "welcome.default":
    "Welcome, {member}! This is a peer-support group. Please read the rules and accept them to take part.",
  "welcome.defaultUnnamed":
    "Welcome! This is a peer-support group. Please read the rules and accept them to take part.",
  "welcome.tagsPrompt":
    "Pick the tags that describe you. It's optional, and you can change them any time with {iam}.",
  "welcome.reminder":
    "A gentle reminder: to take part in {community}, please read the rules and accept them.",
  "welcome.reminderUnnamed":
    "A gentle reminder: to take part in the group, please read the rules and accept them.",
  "welcome.gateNote": "You can take part in the group once you have accepted the rules.",
  "welcome.saved": "Welcome text saved. Use {preview} to see it as a new member would.",
  "welcome.show": "The welcome text, as written:",
  "welcome.showDefault": "No welcome text is set, so new members see the default:",
  "welcome.previewNote": "_Preview: this is what a new member sees._",
  "welcome.modeGroup": "Welcomes will be posted in the group.",
  "welcome.modePrivate": "Welcomes will be sent to new members privately.",
  "welcome.channelSet": "Welcomes will be posted in that channel.",
  "pending.title":
    "**{count, plural, one {# member has} other {# members have}} not accepted the current rules yet**",
  "pending.none": "Everyone has accepted the current rules.",
  "pending.more": "…and {count, number} more.",
  "gate.on":
    "Gate on: new members can take part only after accepting the rules, where the platform allows it.",
  "gate.off": "Gate off: new members can take part at once.",
  "gate.alreadyOn": "The gate is already on.",
  "gate.alreadyOff": "The gate is already off.",
  "gate.roleSet":
    "Members will get that role when they accept the rules. Make your channels visible to it only.",
  "gate.noRoles": "On this platform the gate holds newcomers back directly; no role is needed.",

  // App Home (Slack) and other summaries
  "home.title": "**{community}**",
  "home.titleUnnamed": "**Your group**",
  "home.tags": "Your tags: {list}",
  "home.noTags": "You have no tags yet: {tags} shows the ones you can pick.",
  "home.moderators": "**For moderators**",
  "home.pending":
    "{count, plural, one {# member has} other {# members have}} not accepted the current rules ({command}).",

  // Resources
  "cmd.resources": "Search the group's vetted resource library",
  "cmd.suggest": "Suggest a link for the library (moderators review it)",
  "cmd.mod.resources.add": "Add a vetted resource to the library",
  "cmd.mod.resources.edit": "Change a resource (this marks it reviewed)",
  "cmd.mod.resources.retire": "Take a resource out of the library",
  "cmd.mod.resources.review": "Review suggestions one at a time",
  "cmd.mod.resources.trusted.add": "Mark a domain as a trusted source",
  "cmd.mod.resources.trusted.remove": "Stop trusting a domain",
  "cmd.mod.resources.trusted.list": "List trusted sources",
  "param.query": "Words to search for",
  "param.url": "The link (http or https)",
  "param.title": "The title (in quotes if it has spaces)",
  "param.summary": "One line on what it is",
  "param.topics": "Topic tags, separated by commas",
  "param.source": "government, clinical, patient_org, peer or other",
  "param.id": "The resource's number",
  "param.domain": "A domain, e.g. nhs.uk",
  "source.government": "government",
  "source.clinical": "clinical",
  "source.patient_org": "patient organisation",
  "source.peer": "peer-written",
  "source.other": "other source",
  "res.title": "**Resources** (page {page})",
  "res.titleQuery": "**Resources matching “{query}”** (page {page})",
  "res.none": "No resources match “{query}”.",
  "res.empty": "The library is empty for now. {suggest} lets you suggest a link.",
  "res.summary": " — {summary}",
  "res.meta": "{source} · #{id} · approved by ",
  "res.metaNobody": "{source} · #{id}",
  "res.reviewed": " · reviewed {date, date, medium}",
  "res.prev": "‹ Previous",
  "res.next": "Next ›",
  "res.suggested": "Thank you! Your suggestion (#{id}) awaits review by the moderators.",
  "limit.suggest":
    "Thank you for all your suggestions! Please wait a minute before sending another; this one was not saved.",
  "limit.openSuggestions":
    "You already have {max} suggestions waiting for the moderators. Once they have looked at them you can suggest more; this one was not saved.",
  "res.duplicate": "That link is already in the library: **{title}** (#{id}).",
  "res.duplicatePending": "That link was already suggested and awaits review (#{id}).",
  "res.duplicateRejected": "That link was reviewed before and not added (#{id}).",
  "res.duplicateRetired": "That link was in the library and was retired (#{id}).",
  "res.badScheme": "Only http:// and https:// links can be added.",
  "res.badUrl": "That doesn't look like a web address. Example: https://www.nhs.uk/conditions/diabetes/",
  "res.longUrl": "That link is too long (at most {max, plural, one {# character} other {# characters}}).",
  "res.credentialsUrl": "Links with a user name or password in them can't be added.",
  "res.badTopics":
    "Give at most {max, plural, one {# topic tag} other {# topic tags}} of up to {length, plural, one {# character} other {# characters}}, separated by commas.",
  "res.added": "Added **{title}** to the library (#{id}).",
  "res.edited": "Resource #{id} updated and marked reviewed.",
  "res.retired": "Resource #{id} retired: it no longer shows in searches or digests.",
  "res.noSuch": "There is no resource #{id} in this library.",
  "res.nothingToEdit": 'Say what to change, e.g. `title:"New title"` or `source:clinical`.',
  "res.queueEmpty": "No suggestions are waiting for review.",
  "res.review": "**Suggestion #{id}** — {left, plural, one {# waiting} other {# waiting in all}}",
  "res.trusted": "✓ Trusted source ({host})",
  "res.unverified": "⚠ Unverified source ({host}): check it before approving.",
  "res.suggestedBy": "Suggested by ",
  "res.suggestedByGone": "Suggested by a member who has since left or been forgotten.",
  "res.approve": "Approve",
  "res.reject": "Reject",
  "res.edit": "Edit",
  "res.approved": "Approved #{id}: it is now in the library.",
  "res.rejected": "Rejected #{id}.",
  "res.editHelp": "To change it, use {command} (it stays in the queue until approved).",
  "res.alreadyReviewed": "Suggestion #{id} was already reviewed.",
  "trusted.added": "**{domain}** is now a trusted source.",
  "trusted.already": "**{domain}** is already a trusted source.",
  "trusted.removed": "**{domain}** is no longer a trusted source.",
  "trusted.notFound": "**{domain}** was not a trusted source.",
  "trusted.list": "**Trusted sources:** {list}",
  "trusted.none": "No trusted sources yet. {command} adds one.",
  "trusted.bad": "That isn't a domain name. Example: nhs.uk",

  // Digests
  "cmd.mod.digest.set": "Post a daily digest of resources to a channel at a local time",
  "cmd.mod.digest.show": "Show the digest schedules",
  "cmd.mod.digest.off": "Stop a channel's digest (or all of them)",
  "cmd.mod.digest.preview": "See the next digest without posting it",
  "cmd.mod.digest.now": "Post a channel's digest right now",
  "param.time": "Local time, e.g. 09:00",
  "param.timezone": "IANA time zone, e.g. Europe/London",
  "param.weekdays": "daily, weekdays, weekends or e.g. mon,wed,fri",
  "param.count": "How many resources (1–10)",
  "digest.title": "**Today's resources from {community}**",
  "digest.titleUnnamed": "**Today's resources**",
  "digest.footer": "Find more with {command}.",
  "digest.badTime": "That isn't a time. Use 24-hour time like 09:00 or 18:30.",
  "digest.badZone":
    "**{zone}** isn't a time zone I know. Use an IANA name like Europe/London, America/New_York or Asia/Kolkata.",
  "digest.badWeekdays": "Say which days like daily, weekdays, weekends, mon-fri or mon,wed,fri.",
  "digest.set":
    "Digest set: {count, plural, one {# resource} other {# resources}} at {time} ({zone}), {days}.",
  "digest.none": "No digest is scheduled. {command} sets one.",
  "digest.line": "{time} {zone}, {days}, {count, plural, one {# item} other {# items}} in channel ",
  "digest.lineOff": " (off)",
  "digest.off": "Digest stopped for {count, plural, one {# channel} other {# channels}}.",
  "digest.noneToStop": "There was no digest to stop.",
  "digest.emptyLibrary":
    "**Moderators:** today's digest was not posted because the library has no approved resources. {command} adds one.",
  "digest.emptyPreview": "The library has no approved resources yet, so there is nothing to post.",
  "digest.posted": "Digest posted.",
  "digest.cannotPost":
    "**Moderators:** I couldn't post the digest in its channel: I may lack permission there, or the channel is gone. {command} shows the schedules.",
  "digest.notPosted": "I couldn't post the digest there. Check that I may post in that channel.",
  "digest.noSchedule": "No digest is set for that channel. {command} sets one.",

  // Moderation
  "cmd.report": "Tell the moderators about a problem (only they see it)",
  "cmd.mod.reports": "List open reports",
  "cmd.mod.channel.set": "Choose the channel where moderators get alerts",
  "cmd.mod.warn": "Warn a member (they are told privately)",
  "cmd.mod.warnings": "List a member's active warnings",
  "cmd.mod.warnings.expire": "Set after how many days warnings expire",
  "cmd.mod.unwarn": "Remove one of a member's warnings",
  "cmd.mod.moderators.add": "Make a member a moderator of this community",
  "cmd.mod.moderators.remove": "Remove a member's moderator role",
  "cmd.mod.moderators.list": "List the moderators this bot added",
  "cmd.mod.audit": "Show the latest moderator actions",
  "cmd.mod.config": "Show every setting of this community",
  "param.reason": "What happened",
  "param.days": "Number of days",
  "param.warning": "The warning's number",
  "param.countAudit": "How many entries (1–100)",
  "report.menu": "Report to moderators",
  "form.submit": "OK",
  "report.thanks":
    "Thank you for telling us. The moderators will look at it; other members don't see your report.",
  "limit.report":
    "Thank you: the moderators have the reports you sent in the last minute. Please wait a minute before sending another; this one was not sent.",
  "report.alert": "**New report #{id}** from ",
  "report.alertReason": "Reason: {reason}",
  "report.alertMessage": "Message: ",
  "report.noReason": "(no reason given)",
  "report.none": "No open reports.",
  "report.title": "**Open reports** ({count, number})",
  "report.line": "#{id} · {date, date, medium} · {reason}",
  "report.resolve": "Resolve #{id}",
  "report.dismiss": "Dismiss #{id}",
  "report.resolved": "Report #{id} resolved.",
  "report.dismissed": "Report #{id} dismissed.",
  "report.alreadyClosed": "Report #{id} was already closed.",
  "modchannel.notGroup":
    "Members can read that channel, and alerts name members. Choose one only moderators can see: on Telegram a separate moderators' chat (not this group or one of its topics), on Discord a channel the member roles cannot view, on Slack a private channel.",
  "modchannel.set": "Moderator alerts will be posted in that channel.",
  "warn.given":
    "Warning #{id} given to {member}; they now have {count, plural, one {# active warning} other {# active warnings}}. They were told privately.",
  "warn.givenNotTold":
    "Warning #{id} given to {member}; they now have {count, plural, one {# active warning} other {# active warnings}}. I couldn't tell them privately.",
  "warn.dm": "You received a warning from the moderators of {community}: {reason}",
  "warn.dmUnnamed": "You received a warning from the group's moderators: {reason}",
  "warn.none": "{member} has no active warnings.",
  "warn.title": "**Active warnings of {member}** ({count, number})",
  "warn.line": "#{id} · {date, date, medium} · {reason} (expires {expires, date, medium})",
  "warn.removed": "Warning #{id} removed.",
  "warn.noSuch": "{member} has no warning #{id}.",
  "warn.expirySet":
    "Warnings now expire after {days, plural, one {# day} other {# days}} (new warnings; existing ones keep their date).",
  "mods.added": "{member} is now a moderator of this community.",
  "mods.already": "{member} is already a moderator.",
  "mods.removed": "{member} is no longer a moderator (platform admins stay moderators).",
  "mods.notOne": "{member} was not a moderator added with this bot.",
  "mods.none": "No moderators were added with this bot; platform admins are moderators anyway.",
  "mods.title": "**Moderators added with this bot** (platform admins are moderators too)",
  "audit.none": "Nothing in the audit log yet.",
  "audit.title": "**Latest moderator actions**",
  "audit.line": "{date, date, short} {date, time, short} · {action} {detail} · by ",
  "audit.erased":
    "{date, date, short} {date, time, short} · {action} {detail} · by a user who asked to be forgotten",
  "audit.former":
    "{date, date, short} {date, time, short} · {action} {detail} · by former moderator {number}",
  "config.title": "**Settings of this community**",
  "config.welcome": "Welcome text: {value}",
  "config.welcomeMode": "Welcomes: {value}",
  "config.gate": "Gate: {value}",
  "config.rules": "Rules: {count, number} (version {version})",
  "config.tags": "Tags: {count, number}",
  "config.resources": "Resources: {approved, number} approved, {waiting, number} waiting for review",
  "config.digests": "Digests: {value}",
  "config.modChannel": "Moderator channel: {value}",
  "config.retention":
    "Reports, warnings and audit entries are kept {days, plural, one {# day} other {# days}}",
  "config.warnings": "Warnings expire after {days, plural, one {# day} other {# days}}",
  "config.crisis": "Crisis resources: {value}; moderator heads-up: {alert}",
  "config.reminder": "Reminder to accept the rules: {value}",
  "config.groups": "Groups in this community: {count, number}",
  "config.set": "set",
  "config.default": "default",
  "config.on": "on",
  "config.off": "off",
  "config.none": "none",
  "config.notSet": "not set",

  // Privacy
  "cmd.mydata": "Get everything this bot stores about you (sent privately)",
  "cmd.forgetme": "Delete everything this bot stores about you",
  "cmd.mod.retention": "Keep reports, warnings and audit entries this many days",
  "mydata.summary":
    "Here is everything peerbridge stores about you on {platform}: {memberships, plural, one {# group membership} other {# group memberships}}, {tags, plural, one {# tag} other {# tags}}, {warnings, plural, one {# warning} other {# warnings}}, {reports, plural, one {# report} other {# reports}} you filed and {suggestions, plural, one {# suggestion} other {# suggestions}}. Nothing else: no names, no messages. The file has the details.",
  "forget.confirm":
    "**This deletes what peerbridge stores about you on {platform}, in every group where it runs:** {memberships, plural, one {# group membership} other {# group memberships}} with your rules acceptance, {tags, plural, one {# tag} other {# tags}}, {warnings, plural, one {# warning} other {# warnings}} and your moderator role where this bot gave you one ({grants, number}).",
  "forget.keeps":
    "What stays, without your name: reports you filed ({reports, number}), links you suggested ({suggestions, number}) and moderator actions you took. This cannot be undone.",
  "forget.button": "Forget me",
  "forget.done":
    "Done. peerbridge no longer stores anything about you. If you use a command again, a new record starts.",
  "retention.set":
    "Reports, warnings and audit entries older than {days, plural, one {# day} other {# days}} will be deleted by the daily clean-up.",

  // Safety
  "cmd.crisis": "Get crisis help now (sent only to you)",
  "cmd.mod.crisis.set": "Set this community's crisis resources",
  "cmd.mod.crisis.show": "Show the crisis resources as members see them",
  "cmd.mod.crisis.alert": "Tell moderators privately when someone asks for crisis help",
  "param.onoff": "on or off",
  // {number}: the emergency number of the community's country, or "unknown" when it has none set.
  "crisis.fallback":
    "**If you are in danger or might act on thoughts of harming yourself, {number, select, unknown {contact your local emergency number now} other {call {number} now}}** or go to the nearest emergency department.",
  "crisis.community": "**Crisis resources from your group's moderators:**",
  "crisis.care": "You matter, and you don't have to go through this alone.",
  "crisis.alertRecent":
    "The moderators were told a few minutes ago that you asked for help; I haven't told them again.",
  "crisis.alert":
    "**Heads-up for moderators:** a member asked for crisis resources just now. Consider reaching out to them privately: ",
  "crisis.saved": "Crisis resources saved. {command} shows them as members see them.",
  "crisis.alertOn": "Moderators will get a private heads-up (who, never what) when someone uses {command}.",
  "crisis.needsModChannel":
    "The heads-up names who asked, so it goes only to a moderators-only channel. Set one first with {command} (make sure only moderators can read it).",
  "crisis.alertOff": "Moderators will no longer be told when someone uses {command}.",

  // Languages and time zone
  "cmd.language": "Choose the language I speak to you (en, es, fr or auto)",
  "cmd.mod.language": "Choose the language of the group's posts (en, es, fr or auto)",
  "cmd.mod.timezone": "Choose the time zone dates are shown in",
  "param.language": "A language code: en, es, fr, or auto for your group's",
  "param.communityLanguage": "A language code: en, es, fr, or auto for each platform's",
  "language.current":
    "I speak to you in **{language}**. Languages I speak: {list}. Choose one with {command} followed by its code.",
  "language.set": "From now on I speak to you in **{language}**.",
  "language.auto": "You have no language of your own now: I speak to you in your group's, **{language}**.",
  "language.notStored":
    "I keep your language with your membership of a group, and you are in none yet. Use {command} in your group.",
  "language.communitySet": "The group's posts (welcomes, digests, alerts) are now in **{language}**.",
  "language.communityAuto":
    "The group has no language of its own now: posts follow each platform's language.",
  "language.timeZoneSet": "Dates and times are now shown in {zone}: it is {now, time, short} there.",
  "config.language": "Language: {value}",
  "config.timeZone": "Time zone: {value}",

  // Linking groups into one community
  "cmd.mod.link": "Link groups: without a code, get one; with a code, join that community",
  "cmd.mod.unlink": "Split this group off into a community of its own (with a copy of the settings)",
  "param.code": "A link code from the other group",
  "link.code":
    "Link code: **{code}** — valid for 15 minutes, once. A moderator of the other group runs {command} {code} there; it then shares this group's rules, tags, resources, digests and moderators.",
  "link.invalid":
    "That code is unknown, used or expired. Ask for a new one with {command} in the other group.",
  "link.same": "This group is already part of that community.",
  "link.done":
    "Linked. This group now shares the rules, tags, resources, digests and moderators of that community. Members will be asked to accept its rules.",
  "unlink.only": "This group is not linked to any other; there is nothing to split.",
  "unlink.done":
    "This group now has a community of its own, starting with a copy of the shared settings, rules, tags and resources.",

  // Telegram only: private-chat prompts and the start message
  "telegram.start":
    "Hi! I'm **peerbridge**, a helper for peer-support groups. Add me to your group and make me an admin: I welcome newcomers with the group's rules and let members pick tags. Here, in private, I answer what is only for you.",
  "telegram.startCommand": "What this bot does",
  "telegram.startFirst":
    "There is an answer for you in a private chat with me. Telegram lets me write to you only once you have started that chat: tap the button below, then **Start**.",
  "telegram.startFirstButton": "Open a private chat",
  "telegram.welcomePrivately":
    "Welcome! The welcome and the group's rules are waiting in a private chat with me: tap the button below, then **Start**.",
  "telegram.welcomePrivatelyButton": "Read the welcome privately",
  "telegram.notMember": "You are not a member of that group, so I can't open this for it.",
  "telegram.addedWithoutRights":
    "Thanks for adding me! Please make me an **admin** with the **Ban users** right: I need it to see members join and to hold newcomers back until they accept the rules (when the gate is on).",

  // Tags
  "tags.title": "**Tags** — pick one with {iam}",
  "tags.empty": "There are no tags yet.",
  "tags.line": "**{name}** — {description}",
  "tags.lineBare": "**{name}**",
  "tags.modOnlyMark": " _(given by moderators)_",
  "tags.privateMark": " _(private: only you and moderators see who has it)_",
  "tags.pickPlaceholder": "Choose your tags",
  "tags.added": "You now have the tag **{tag}**.",
  "tags.removed": "The tag **{tag}** was removed.",
  "tags.alreadyHave": "You already have **{tag}**.",
  "tags.dontHave": "You don't have **{tag}**.",
  "tags.modOnly": "**{tag}** is given by moderators only.",
  "tags.unknown": "There is no tag called **{name}**.",
  "tags.didYouMean": "There is no tag called **{name}**. Did you mean **{suggestion}**?",
  "tags.mine": "Your tags: {list}",
  "tags.mineEmpty": "You have no tags. {tags} shows the ones you can pick.",
  "tags.pickSaved": "Saved. Your tags: {list}",
  "tags.pickSavedEmpty": "Saved. You have no tags now.",
  "tags.created": "Tag **{tag}** created ({visibility}, {assign}).",
  "tags.edited": "Tag **{tag}** updated.",
  "tags.deleted": "Tag **{tag}** deleted and removed from {count, plural, one {# member} other {# members}}.",
  "tags.given": "**{tag}** given to {member}.",
  "tags.taken": "**{tag}** taken from {member}.",
  "tags.memberHas": "{member} already has **{tag}**.",
  "tags.memberHasNot": "{member} doesn't have **{tag}**.",
  "tags.duplicate": "A tag called **{tag}** already exists.",
  "tags.limit": "A group can have at most {max, plural, one {# tag} other {# tags}}.",
  "tags.nothingToEdit": "Say what to change, e.g. `description:New text` or `visibility:private`.",
  "tags.badName": "Tag names need a letter or digit and no line breaks.",
  "tags.badEmoji": "The emoji should be a single emoji.",
  "tags.public": "public",
  "tags.private": "private",
  "tags.self": "members pick it",
  "tags.modAssigned": "moderators give it",
} as const;

export type Catalog = typeof en;
export type MessageKey = keyof Catalog;

/** A translation: every key of the English catalog, in ICU MessageFormat. */
export type Messages = Record<MessageKey, string>;
