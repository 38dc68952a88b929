/** The words of chain gaps and targets, Chinese and English, from resolved names. */
import type { ChainGapSkeleton } from './gaps';
import type { TargetReason } from './targets';

export type NameOf = (id: string, lang: 'zh' | 'en') => string;

const LISTED = 3;
function list(ids: string[], name: NameOf, lang: 'zh' | 'en'): string {
  const shown = ids.slice(0, LISTED).map((id) => name(id, lang));
  const more = ids.length - shown.length;
  if (lang === 'zh') return shown.join('、') + (more > 0 ? ` 等 ${ids.length} 项` : '');
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

export function explain(g: ChainGapSkeleton, name: NameOf): { zh: string; en: string } {
  const p = (lang: 'zh' | 'en') => name(g.productId, lang);
  const deps = (lang: 'zh' | 'en') => list(g.dependents, name, lang);
  const n = g.externalProducers.length;
  switch (g.kind) {
    case 'MISSING_LOCALLY':
      return {
        zh: `${p('zh')} 是 ${deps('zh')} 的投入，本地没有企业生产它，外地有 ${n} 家（缺链，招商重点）`,
        en: `${p('en')} is an input to ${deps('en')}; no local enterprise makes it, ${n} outside do (missing locally: whom to attract)`,
      };
    case 'ABSENT':
      return {
        zh: `${p('zh')} 是 ${deps('zh')} 的投入，图中没有任何企业生产它（断链）`,
        en: `${p('en')} is an input to ${deps('en')}, and no enterprise in the graph makes it (absent)`,
      };
    case 'SINGLE_LOCAL': {
      const only = (lang: 'zh' | 'en') => name(g.localProducers[0] as string, lang);
      return {
        zh: `${p('zh')} 是 ${deps('zh')} 的投入，本地只有 ${only('zh')} 一家生产（弱链），外地有 ${n} 家`,
        en: `${p('en')} is an input to ${deps('en')}, and only ${only('en')} makes it locally (single local maker); ${n} outside do`,
      };
    }
    case 'UNFILLED_TARGET':
      return {
        zh: `规划目标 ${p('zh')} 尚无企业生产${g.dependents.length > 0 ? `，${deps('zh')} 依赖它` : ''}`,
        en: `The planned ${p('en')} has no producer yet${g.dependents.length > 0 ? `; ${deps('en')} depend on it` : ''}`,
      };
  }
}

export function reasonText(r: TargetReason, name: NameOf, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const n = (id: string) => name(id, lang);
  switch (r.code) {
    case 'MAKES':
      return zh
        ? `生产 ${n(r.product)}${r.planned ? '（规划）' : ''}`
        : `Makes ${n(r.product)}${r.planned ? ' (planned)' : ''}`;
    case 'SUPPLIES_LOCAL':
      return zh
        ? `已为本地企业 ${n(r.enterprise)}${r.count > 1 ? ` 等 ${r.count} 家` : ''}配套`
        : `Already supplies the local enterprise ${n(r.enterprise)}${r.count > 1 ? ` and ${r.count - 1} more` : ''}`;
    case 'NEIGHBOUR_INPUT':
      return zh
        ? `还生产相邻投入 ${n(r.product)}（同为 ${n(r.dependent)} 的投入）`
        : `Also makes ${n(r.product)}, another input to ${n(r.dependent)}`;
    case 'LOCAL_INSTITUTION':
      return zh ? `与本地机构 ${n(r.institution)} 合作` : `Cooperates with the local institution ${n(r.institution)}`;
    case 'REGION': {
      const { zone, common } = r.region;
      if (!zone) return zh ? '所在地不详' : 'Location unknown';
      if (!common) return zh ? `位于 ${n(zone)}` : `In ${n(zone)}`;
      if (common.zone === zone)
        return zh ? `位于 ${n(zone)}（本地所在地区）` : `In ${n(zone)}, the region the home zone lies in`;
      return zh
        ? `位于 ${n(zone)}，与本地同属 ${n(common.zone)}`
        : `In ${n(zone)}, within ${n(common.zone)} as the home zone is`;
    }
  }
}

/** Every node id a reason names. */
export function reasonIds(r: TargetReason): string[] {
  switch (r.code) {
    case 'MAKES':
      return [r.product];
    case 'SUPPLIES_LOCAL':
      return [r.enterprise];
    case 'NEIGHBOUR_INPUT':
      return [r.product, r.dependent];
    case 'LOCAL_INSTITUTION':
      return [r.institution];
    case 'REGION':
      return [r.region.zone, r.region.common?.zone].filter((z): z is string => !!z);
  }
}
