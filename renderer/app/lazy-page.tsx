import { lazy, type ComponentType } from 'react';

/**
 * A page whose code loads on first visit, and which can be loaded ahead of time. Once loaded it
 * renders directly: React reveals a suspended lazy component no sooner than 300 ms after its
 * fallback appeared, so the page a window opens on (preloaded during startup) must not suspend.
 */
export type LazyPage<P> = ComponentType<P> & { preload: () => Promise<unknown> };

export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>): LazyPage<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  const preload = () => (loading ??= load().then((component) => (loaded = component)));
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  function Page(props: P) {
    const Component = loaded ?? Suspending;
    return <Component {...props} />;
  }
  return Object.assign(Page, { preload });
}
