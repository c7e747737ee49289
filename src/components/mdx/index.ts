/** The components every MDX article can use without importing them. */
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import GlossaryList from './GlossaryList.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import StepLink from './StepLink.astro';
import Tag from './Tag.astro';
import Term from './Term.astro';
import Verdict from './Verdict.astro';
import Table from './Table.astro';

export const mdxComponents = {
  Aside,
  Cite,
  GlossaryList,
  StepLink,
  Tag,
  Term,
  Verdict,
  h2: H2,
  h3: H3,
  h4: H4,
  table: Table,
};
