/** A view of a table of views: the portal's or the console's. */
export interface LoadableView<Tag extends string = string> {
  tag: Tag;
  /** A literal import(), so rollup puts each view in a chunk of its own, fetched on first use. */
  load: () => Promise<unknown>;
}

/** Fetches a view's chunk; answers its tag once its element is defined, and fails when the chunk did not define it. */
export async function loadView<Tag extends string>(view: LoadableView<Tag>): Promise<Tag> {
  await view.load();
  if (!customElements.get(view.tag)) throw new Error(`${view.tag} is not available`);
  return view.tag;
}
