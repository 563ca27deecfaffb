import { useEffect, useRef, useState } from 'react';

/**
 * The width in CSS pixels of the element the ref is attached to, kept up to date. Charts draw at this width
 * instead of scaling a fixed viewBox, so their text stays legible on a 375px phone.
 */
export function useElementWidth<T extends HTMLElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => setWidth(Math.max(240, Math.floor(element.getBoundingClientRect().width)));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
