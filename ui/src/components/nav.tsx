/**
 * Moving between views: the route (model/route.ts) in React context, and links that are real
 * links (an href that reproduces the view, so they open in a new tab and can be copied) but
 * change the view in place on a plain click.
 */
import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { DEFAULT_ROUTE, formatRoute, type Route } from '../model/route.ts';

export interface Nav {
  route: Route;
  /** Shows `route`; `replace` changes the current history entry instead of adding one. */
  go(route: Route, replace?: boolean): void;
}

export const NavContext = createContext<Nav>({ route: DEFAULT_ROUTE, go: () => {} });

export function useNav(): Nav {
  return useContext(NavContext);
}

/** The address of a route, relative to the page. */
export function hrefOf(route: Route): string {
  return formatRoute(route) || '?';
}

/** A link to `to`; a plain left click navigates in place. */
export function RouteLink({ to, children, className, ...rest }: { to: Route; children: ReactNode; className?: string } & Record<`aria-${string}` | `data-${string}`, string | undefined>) {
  const { go } = useNav();
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    go(to);
  };
  return (
    <a href={hrefOf(to)} onClick={onClick} className={className} {...rest}>
      {children}
    </a>
  );
}
