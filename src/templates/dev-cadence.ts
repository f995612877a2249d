// The Development Cadence guide (templates/dev-cadence.md), shipped inside the package so
// `roadmark init` can write it beside a new roadmap from any directory. A test keeps the two
// byte-identical; the roadmap template links to it.

/** The text of the Development Cadence guide `roadmark init` writes. */
export const DEV_CADENCE_GUIDE: string = `# Development Cadence

How a milestone of the roadmap goes from planned to done. The roadmap is the plan and the
record: every step below changes it, and \`roadmark lint\` checks that it still tells the truth.
People use the \`roadmark\` commands; agents use the same steps through the MCP server
(\`roadmark mcp\`), whose \`roadmap_edit\` tool takes the \`op\` named in the tables.

## The rules

1. **Start with M0.** The first milestone lays the foundations; nothing else starts before it.
2. **One milestone at a time.** Exactly one milestone is In Progress. Finish it (or block it,
   with a reason) before starting the next.
3. **Dependencies before start.** A milestone starts only when every milestone it depends on
   is Done.
4. **Tick criteria as they are met.** An acceptance criterion is ticked when it holds, not when
   work on it begins. Where a command can prove it, say so at the end of the criterion with
   \`\`Verify: \`command\` \`\` and let \`roadmark verify\` run it.
5. **Record learnings.** What surprised you, what you would do differently, what the next
   milestone must know: write it down while it is fresh.
6. **Done means done.** A milestone is Done only when every acceptance criterion holds and the
   work is merged into the main branch.
7. **Keep it current.** The roadmap reflects reality, not aspirations: change the plan in the
   document when the plan changes.

## The steps

### Before the first milestone

Replace every placeholder (\`[Title]\`, \`[Criterion 1]\`, …) with real content: each milestone
gets a title, a focus, a goal and acceptance criteria that can be checked.

| Step | Command | Agent (\`roadmap_edit\` op) | Checked by |
| --- | --- | --- | --- |
| Add a milestone | \`roadmark add TITLE --goal … --criterion …\` | \`add_milestone\` | \`missing-section\`, \`id-sequence\` |
| Write a criterion | \`roadmark criterion add ID TEXT\`, \`roadmark criterion edit ID N TEXT\` | \`add_criterion\`, \`edit_criterion\` | \`placeholder\`, \`empty-criteria\` |
| Change a title, focus or goal | \`roadmark set ID title\\|focus\\|goal TEXT\` | \`set_field\` | \`placeholder\`, \`overview-sync\` |
| Declare a dependency | \`roadmark depend ID ON\` | \`depend\` | \`unknown-dependency\`, \`dependency-cycle\`, \`dependency-order\` |

### Working on a milestone

| Step | Command | Agent (\`roadmap_edit\` op) | Checked by |
| --- | --- | --- | --- |
| See what is next | \`roadmark next\`, \`roadmark status\` | \`roadmap_status\` tool | — |
| Start it | \`roadmark start ID\` (refused while a dependency is open or another milestone is in progress) | \`start\` | \`single-in-progress\`, \`dependency-not-done\` |
| Tick a criterion once it holds | \`roadmark tick ID N\` | \`tick\` | \`status-criteria\` |
| Prove criteria by their commands | \`roadmark verify ID\` (\`--apply\` ticks the ones that pass) | \`roadmap_verify\` tool | \`status-criteria\` |
| Add a criterion found on the way | \`roadmark criterion add ID TEXT\` | \`add_criterion\` | \`empty-criteria\` |
| Record a learning | \`roadmark learn ID TEXT\` | \`learn\` | — |
| Block it, with the reason | \`roadmark block ID --reason TEXT\` | \`block\` | \`single-in-progress\` |
| Finish it (refused while a criterion is open) | \`roadmark done ID\`, after the work is merged | \`done\` | \`status-criteria\`, \`dependency-not-done\` |

### Keeping the roadmap current

| Step | Command | Agent | Checked by |
| --- | --- | --- | --- |
| Check the whole document | \`roadmark lint\` (in CI: \`roadmark lint --format github\`) | \`roadmap_lint\` tool | every rule |
| Rebuild the overview table from the sections | \`roadmark sync\` (or \`roadmark lint --fix\`) | — | \`overview-sync\` |
| Notice a roadmap nobody updates | \`roadmark lint\` in a git repository | \`roadmap_lint\` tool | \`stale\` |
| Cancel what will not be done | \`roadmark cancel ID\` | \`cancel\` | — |
| Show progress to others | \`roadmark render html -o roadmap.html\`, \`roadmark serve\` | — | — |

## A milestone, start to finish

\`\`\`sh
roadmark next                 # the milestone to start, with its open criteria
roadmark start M0             # refused if M0 still has placeholders, open dependencies, or another milestone in progress
roadmark tick M0 1            # a criterion holds
roadmark verify M0 --apply    # criteria with a Verify: command prove themselves
roadmark learn M0 "Parsing tables by line map was simpler than by regex"
roadmark done M0              # every criterion holds and the work is merged
roadmark lint                 # the roadmap still tells the truth
\`\`\`
`;
