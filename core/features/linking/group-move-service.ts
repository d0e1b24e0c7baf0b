import type { Prisma } from "../../db/generated/client.js";

type Tx = Prisma.TransactionClient;

/**
 * Points a group's members' tags at the same-named tags of another community, creating the
 * missing ones as copies, so members keep their tags when their group changes community.
 */
async function carryTags(tx: Tx, groupId: number, toCommunityId: number): Promise<void> {
  const used = await tx.tag.findMany({ where: { members: { some: { member: { groupId } } } } });
  for (const tag of used) {
    if (tag.communityId === toCommunityId) continue;
    const { id: _id, communityId: _from, createdAt: _at, ...fields } = tag;
    const target = await tx.tag.upsert({
      where: { communityId_key: { communityId: toCommunityId, key: tag.key } },
      create: { ...fields, communityId: toCommunityId },
      update: {},
    });
    const holders = await tx.memberTag.findMany({ where: { tagId: tag.id, member: { groupId } } });
    await tx.memberTag.createMany({
      data: holders.map((h) => ({ memberId: h.memberId, tagId: target.id, assignedAt: h.assignedAt })),
      skipDuplicates: true,
    });
    await tx.memberTag.deleteMany({ where: { tagId: tag.id, member: { groupId } } });
    // The platform role stays with the group and now mirrors the target tag, unless that has one.
    const targetRole = await tx.tagRole.findUnique({
      where: { tagId_groupId: { tagId: target.id, groupId } },
    });
    if (targetRole) await tx.tagRole.deleteMany({ where: { tagId: tag.id, groupId } });
    else await tx.tagRole.updateMany({ where: { tagId: tag.id, groupId }, data: { tagId: target.id } });
  }
}

/** Moves one group, with what belongs to it, from its community into another (inside `tx`). */
export async function moveGroup(tx: Tx, groupId: number, toCommunityId: number): Promise<void> {
  const group = await tx.group.findUniqueOrThrow({ where: { id: groupId } });
  const from = group.communityId;
  await carryTags(tx, groupId, toCommunityId);
  await tx.group.update({ where: { id: groupId }, data: { communityId: toCommunityId } });
  await tx.digestSchedule.updateMany({ where: { groupId }, data: { communityId: toCommunityId } });
  await tx.report.updateMany({ where: { groupId }, data: { communityId: toCommunityId } });
  await tx.warning.updateMany({ where: { member: { groupId } }, data: { communityId: toCommunityId } });
  // Acceptance was of the old rulebook.
  await tx.member.updateMany({
    where: { groupId },
    data: { acceptedRulesVersion: null, acceptedAt: null },
  });
  if ((await tx.group.count({ where: { communityId: from } })) > 0) return;
  // The old community is left empty: its library and moderators join the new one, the rest goes.
  const resources = await tx.resource.findMany({ where: { communityId: from } });
  for (const { id: _id, communityId: _c, suggestedById, ...resource } of resources) {
    await tx.resource.createMany({
      data: [{ ...resource, suggestedById, communityId: toCommunityId }],
      skipDuplicates: true,
    });
  }
  const grants = await tx.moderatorGrant.findMany({ where: { communityId: from } });
  await tx.moderatorGrant.createMany({
    data: grants.map((g) => ({ ...g, communityId: toCommunityId })),
    skipDuplicates: true,
  });
  await tx.community.delete({ where: { id: from } });
}

/** Gives a group a community of its own, copied from the one it shared (inside `tx`). */
export async function splitGroup(tx: Tx, groupId: number, name: string): Promise<void> {
  const group = await tx.group.findUniqueOrThrow({
    where: { id: groupId },
    include: { community: { include: { ruleSet: true, trustedDomains: true, moderatorGrants: true } } },
  });
  const old = group.community;
  const created = await tx.community.create({
    data: {
      name,
      welcomeText: old.welcomeText,
      welcomeMode: old.welcomeMode,
      gateEnabled: old.gateEnabled,
      retentionDays: old.retentionDays,
      warningExpiryDays: old.warningExpiryDays,
      crisisText: old.crisisText,
      crisisAlert: old.crisisAlert,
      reminderHours: old.reminderHours,
      // Same rules, same version: acceptance stays valid.
      ruleSet: { create: { version: old.ruleSet?.version ?? 0, rules: old.ruleSet?.rules ?? [] } },
      trustedDomains: { create: old.trustedDomains.map((d) => ({ domain: d.domain })) },
      moderatorGrants: {
        create: old.moderatorGrants.map(({ communityId: _c, ...g }) => g),
      },
    },
  });
  const tags = await tx.tag.findMany({ where: { communityId: old.id } });
  await tx.tag.createMany({
    data: tags.map(({ id: _id, communityId: _c, ...tag }) => ({ ...tag, communityId: created.id })),
  });
  const resources = await tx.resource.findMany({ where: { communityId: old.id, status: "approved" } });
  await tx.resource.createMany({
    data: resources.map(({ id: _id, communityId: _c, suggestedById: _s, lastFeaturedAt: _f, ...r }) => ({
      ...r,
      communityId: created.id,
    })),
  });
  await carryTags(tx, groupId, created.id);
  await tx.group.update({ where: { id: groupId }, data: { communityId: created.id } });
  await tx.digestSchedule.updateMany({ where: { groupId }, data: { communityId: created.id } });
  await tx.report.updateMany({ where: { groupId }, data: { communityId: created.id } });
  await tx.warning.updateMany({ where: { member: { groupId } }, data: { communityId: created.id } });
}
