/** Where the site is deployed: canonical URLs, the sitemap and citations use it. */
export const SITE = 'https://service-outsourcing.example.org';
