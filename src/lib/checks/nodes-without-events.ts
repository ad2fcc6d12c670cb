/**
 * linkedom gives every node it creates an entry in one module-wide WeakMap, for
 * the node's event listeners (its EventTarget constructor). The page pass
 * parses every page of the site and never listens to an event, and in V8 those
 * millions of WeakMap entries cost more than the parsing itself: on the 10×
 * corpus, 22 s of the pass's main thread were spent in that constructor, and
 * much of its 31 s of garbage collection on the entries (--cpu-prof); parsing
 * 600 of its pages took 6.7 s with them and 4.4 s without.
 *
 * `nodesWithoutEvents()` makes linkedom's nodes start without the entry, for
 * the process that runs the page pass (src/integrations/post-build-main.ts),
 * where nothing else uses linkedom: the Astro process still renders charts
 * with events as linkedom has them. A node's event methods then throw, naming
 * this file, instead of failing obscurely. Why by hand: linkedom has no option
 * for it, and it is one prototype link. Returns a function that restores
 * linkedom as it was (for the tests).
 */
import { EventTarget, Node } from 'linkedom';

/** The event methods a node has from linkedom's EventTarget: in the page pass they say why they are missing. */
class NodeWithoutEvents {
  addEventListener(): never {
    throw new Error('Nodes of pages parsed for the page pass have no event listeners (src/lib/checks/nodes-without-events.ts): the checks read pages, they do not run them.');
  }
  removeEventListener(): void {}
  dispatchEvent(): never {
    return this.addEventListener();
  }
}

export function nodesWithoutEvents(): () => void {
  // linkedom's exported Node is a facade over its own Node class, which extends EventTarget.
  const LinkedomNode = Object.getPrototypeOf(Node) as abstract new () => object;
  const base = Object.getPrototypeOf(LinkedomNode) as unknown;
  if (base === NodeWithoutEvents) return () => {};
  if (base !== EventTarget) throw new Error('linkedom’s Node no longer extends its EventTarget: review src/lib/checks/nodes-without-events.ts');
  // `super()` in linkedom's Node constructor calls whatever its prototype is when it runs.
  Object.setPrototypeOf(LinkedomNode, NodeWithoutEvents);
  Object.setPrototypeOf(LinkedomNode.prototype, NodeWithoutEvents.prototype);
  return () => {
    Object.setPrototypeOf(LinkedomNode, EventTarget);
    Object.setPrototypeOf(LinkedomNode.prototype, EventTarget.prototype);
  };
}
