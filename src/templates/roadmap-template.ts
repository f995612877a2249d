// The canonical template (../shared/templates/ROADMAP.template.md), shipped inside the package so
// `roadmark init` works from any directory. A test keeps the two byte-identical.

/** The text of the roadmap template `roadmark init` starts from. */
export const ROADMAP_TEMPLATE: string = `# Roadmap

This document outlines the milestone-based development roadmap. Each milestone delivers a shippable, demonstrable slice of functionality.

## Milestone Overview

<!-- TODO: Update with your milestones -->

| Milestone | Title | Focus | Status |
|-----------|-------|-------|--------|
| M0 | Foundations | Core infrastructure, basic functionality | Planned |
| M1 | [Title] | [Focus area] | Planned |
| M2 | [Title] | [Focus area] | Planned |
| M3 | [Title] | [Focus area] | Planned |

---

## M0: Foundations

**Goal:** Establish core infrastructure and basic functionality.

**Acceptance Criteria:**
- [ ] [Criterion 1]
- [ ] [Criterion 2]
- [ ] [Criterion 3]

**Key Deliverables:**
- [Deliverable 1]
- [Deliverable 2]

**Dependencies:** None (first milestone)

---

## M1: [Title]

**Goal:** [Brief description of milestone goal]

**Acceptance Criteria:**
- [ ] [Criterion 1]
- [ ] [Criterion 2]
- [ ] [Criterion 3]

**Key Deliverables:**
- [Deliverable 1]
- [Deliverable 2]

**Dependencies:** M0

---

## M2: [Title]

**Goal:** [Brief description of milestone goal]

**Acceptance Criteria:**
- [ ] [Criterion 1]
- [ ] [Criterion 2]

**Key Deliverables:**
- [Deliverable 1]
- [Deliverable 2]

**Dependencies:** M1

---

## M3: [Title]

**Goal:** [Brief description of milestone goal]

**Acceptance Criteria:**
- [ ] [Criterion 1]
- [ ] [Criterion 2]

**Key Deliverables:**
- [Deliverable 1]
- [Deliverable 2]

**Dependencies:** M2

---

## Milestone Progression

### Early Milestones (M0-M1)
Focus on:
- Core infrastructure and reliability
- Basic functionality and storage
- Foundational testing and monitoring

### Mid Milestones (M2-M3)
Focus on:
- Feature expansion
- Integration with external services
- Performance and scalability

### Later Milestones (M4+)
Focus on:
- Advanced features
- Polish and optimization
- Production hardening

---

## How to Use This Roadmap

1. **Start with M0** - Ensure foundations are solid before advancing
2. **One milestone at a time** - Complete and merge before starting next
3. **Update as you go** - Mark criteria complete, add learnings
4. **Keep it current** - Roadmap should reflect reality, not aspirations

See [Development Cadence](../guides/dev-cadence.md) for the milestone execution process.
`;
