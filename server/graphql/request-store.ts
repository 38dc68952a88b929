/**
 * The store as one request sees it: the same store, with the answers of `gaps`, `supplyChain`
 * and `between` remembered for the length of the request. The response budget asks for those
 * before executing (their size is known only from the data); the resolvers then get the same
 * promise instead of asking again. Every other call goes straight to the store.
 */
import type { BetweenArgs, GapsArgs, GraphStore, SupplyChainArgs } from '../store/types';

export function requestStore(store: GraphStore): GraphStore {
  const asked = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, ask: () => Promise<T>): Promise<T> => {
    let answer = asked.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = ask();
      asked.set(key, answer);
    }
    return answer;
  };
  const gaps = (a?: GapsArgs) => once(`gaps\u0000${JSON.stringify(a ?? {})}`, () => store.gaps(a));
  const supplyChain = (id: string, a?: SupplyChainArgs) =>
    once(`supplyChain\u0000${id}\u0000${JSON.stringify(a ?? {})}`, () => store.supplyChain(id, a));
  const between = (ids: readonly string[], a?: BetweenArgs) =>
    once(`between\u0000${JSON.stringify(ids)}\u0000${JSON.stringify(a ?? {})}`, () => store.between(ids, a));
  // Methods run on the store itself (bound), so whatever they keep on `this` stays on the store.
  return new Proxy(store, {
    get(target, name) {
      if (name === 'gaps') return gaps;
      if (name === 'supplyChain') return supplyChain;
      if (name === 'between') return between;
      const value = Reflect.get(target, name, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
