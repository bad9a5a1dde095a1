/** English UI messages; must have exactly the keys of `zh.ts`. */
import type { Messages } from './zh.js';

export const en: Messages = {
  'app.name': 'Yuqing 舆情',
  'app.tagline': 'Self-hosted public-opinion monitoring and response',
  'app.loading': 'Loading…',
  'app.serverDown': 'Cannot reach the server',
  'app.retry': 'Retry',

  'lang.switch': '中文',
  'lang.switchTitle': 'Switch to Chinese',

  'nav.home': 'Home',
  'nav.mentions': 'Mentions',

  'login.title': 'Sign in',
  'login.subtitle': "Sign in to see your organisation's mentions",
  'login.username': 'Username',
  'login.password': 'Password',
  'login.usernameRequired': 'Enter your username',
  'login.passwordRequired': 'Enter your password',
  'login.submit': 'Sign in',
  'login.footer': 'Open source · self-hosted · your data stays on your server',

  'user.logout': 'Sign out',
  'user.superadmin': 'Superadmin',

  'workspace.label': 'Workspace',
  'workspace.none': 'You are not in any workspace yet',
  'workspace.noneHint': 'Ask an administrator to add you to a workspace, then sign in again.',

  'home.welcome': 'Welcome to Yuqing',
  'home.workspaceIntro': 'Workspace: {name} (your role: {role})',
  'home.empty':
    'There is no data here yet. Bring mentions in first; then you can filter them by topic, grade and alert on them, handle events and write reports.',
  'home.haveMentions': 'This workspace has {total} mentions so far. Topics, alerts and reports build on them next.',
  'home.importTitle': 'Bring data in',
  'home.nextTitle': 'What comes next',
  'home.next.topics': 'Topics: boolean keyword queries for your brands, products, people and competitors',
  'home.next.sources': 'Sources: continuous collection from news sites, social media, forums and blogs',
  'home.next.alerts': 'Alerts and grading: sentiment, category and severity I–IV, with instant alerts',
  'home.next.reports': 'Response and reports: events, cases, flash and follow-up reports, daily and weekly reports',
  'home.comingSoon': 'Coming soon',
  'home.viewMentions': 'View mentions',

  'import.intro': 'Two ways to bring mentions in; both write to a durable inbox first, then the pipeline processes them:',
  'import.api': 'Push API',
  'import.apiHint': 'Push a batch of items to this workspace with an API token (bin/yuqing token create USERNAME):',
  'import.file': 'File import',
  'import.fileHint': 'Import a JSON Lines or CSV file on the server (any size, streamed):',
  'import.docs': 'The full API is described at /api/v1/openapi.json.',

  'mentions.title': 'Mentions',
  'mentions.total': '{total} in total',
  'mentions.refresh': 'Refresh',
  'mentions.prev': 'Previous',
  'mentions.next': 'Next',
  'mentions.page': 'Page {page}',
  'mentions.pageSize': '{size} / page',
  'mentions.col.time': 'Published',
  'mentions.col.content': 'Title / text',
  'mentions.col.source': 'Source',
  'mentions.col.author': 'Author',
  'mentions.col.engagement': 'Engagement',
  'mentions.collectedFallback': 'Collected (no publish time)',
  'mentions.reposts': 'Reposts',
  'mentions.replies': 'Replies',
  'mentions.likes': 'Likes',
  'mentions.untitled': '(untitled)',
  'mentions.emptyTitle': 'No mentions yet',
  'mentions.loadFailed': 'Could not load mentions',

  'notFound.title': 'Page not found',
  'notFound.back': 'Back to home',

  'error.network': 'Network error: cannot reach the server.',
  'error.badResponse': 'The server sent an unexpected response (HTTP {status}).',
};
