/** Id of the hidden "Link to section:" label that names every heading's anchor link (Heading.astro). */
export const SECTION_LINK_LABEL = 'section-link';
