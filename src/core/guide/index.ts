/** The red-flags guide for clients and the concern form's guidance (DESIGN.md, Client 6). */
export {
  boundaryViolations,
  guide,
  guideActionKinds,
  guideCatalogues,
  guideKeys,
  redFlags,
} from './guide';
export type {
  BoundaryViolation,
  GuideAction,
  GuideActionKind,
  GuideSection,
  GuideSectionId,
  RedFlag,
} from './guide';
export { concernCategories, concernGuidance, concernHowToSayHeadingKey } from './concerns';
export type { ConcernCategory, ConcernGuidance, GuideMessageKey } from './concerns';
