import type { Lang, Layout } from './types';

/**
 * Every visible text of the fake, in English and Turkish (the two languages whose labels are
 * confirmed in public code; see the Languages section of linkedin-dom.md). The server formats
 * numbers and dates, as LinkedIn's server-driven UI does; the page only fills in names.
 */

/** Texts the page script needs. `{name}` is a full name. */
export interface ClientLabels {
  searchPlaceholder: string;
  moreActionsNamed: string;
  moreActionsGeneric: string;
  messageNamed: string;
  message: string;
  removeConnection: string;
  cancel: string;
  dismiss: string;
  confirm: string;
  loadMore: string;
  loading: string;
  noResults: string;
  removedToast: string;
  failedToast: string;
  restrictedBanner: string;
}

const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  tr: [
    'Ocak',
    'Şubat',
    'Mart',
    'Nisan',
    'Mayıs',
    'Haziran',
    'Temmuz',
    'Ağustos',
    'Eylül',
    'Ekim',
    'Kasım',
    'Aralık',
  ],
};

const RESTRICTED: Record<Lang, string> = {
  en: 'Your account has been temporarily restricted. We noticed unusual activity on your account.',
  tr: 'Hesabınız geçici olarak kısıtlandı. Hesabınızda olağan dışı bir etkinlik fark ettik.',
};

export function clientLabels(lang: Lang, layout: Layout): ClientLabels {
  if (lang === 'tr') {
    return {
      searchPlaceholder: 'İsme göre ara',
      moreActionsNamed: '{name} için diğer işlemler',
      moreActionsGeneric: 'Diğer işlemler',
      messageNamed: '{name} adlı kişiye mesaj gönderin',
      message: 'Mesaj',
      removeConnection: 'Bağlantıyı kaldır',
      cancel: 'İptal',
      dismiss: 'Kapat',
      confirm: layout === 'current' ? 'Bağlantıyı kaldır' : 'Kaldır',
      loadMore: layout === 'current' ? 'Daha fazla' : 'Daha fazla sonuç',
      loading: 'Yükleniyor…',
      noResults: 'Sonuç bulunamadı',
      removedToast: 'Bağlantı kaldırıldı',
      failedToast: 'Bir sorun oluştu. Lütfen tekrar deneyin.',
      restrictedBanner: RESTRICTED.tr,
    };
  }
  return {
    searchPlaceholder: 'Search by name',
    moreActionsNamed: 'More actions for {name}',
    moreActionsGeneric: layout === 'current' ? 'Show more actions' : 'Click to see more actions',
    messageNamed: 'Message {name}',
    message: 'Message',
    removeConnection: 'Remove connection',
    cancel: 'Cancel',
    dismiss: 'Dismiss',
    confirm: layout === 'current' ? 'Remove connection' : 'Remove',
    loadMore: layout === 'current' ? 'Load more' : 'Show more results',
    loading: 'Loading…',
    noResults: 'No results found',
    removedToast: 'Connection removed',
    failedToast: 'Something went wrong. Please try again.',
    restrictedBanner: RESTRICTED.en,
  };
}

/** 1217 -> "1,217" (en) or "1.217" (tr). */
export function formatCount(n: number, lang: Lang): string {
  const separator = lang === 'tr' ? '.' : ',';
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** "1,217 connections" (current), "487 Connections" (classic), "1.217 bağlantı" (tr). */
export function totalHeading(n: number, lang: Lang, layout: Layout): string {
  const count = formatCount(n, lang);
  if (lang === 'tr') return `${count} ${layout === 'current' ? 'bağlantı' : 'Bağlantı'}`;
  const word = n === 1 ? 'connection' : 'connections';
  return `${count} ${layout === 'current' ? word : word.charAt(0).toUpperCase() + word.slice(1)}`;
}

/** Current layout: "Connected on June 29, 2026" / "29 Haziran 2026 tarihinde bağlantı kuruldu". */
export function connectedOnText(isoDate: string, lang: Lang): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const monthName = MONTHS[lang][month - 1];
  return lang === 'tr'
    ? `${day} ${monthName} ${year} tarihinde bağlantı kuruldu`
    : `Connected on ${monthName} ${day}, ${year}`;
}

const DAY_MS = 86_400_000;

/** Classic layout, relative only: "Connected 3 weeks ago" / "3 hafta önce bağlantı kuruldu". */
export function connectedAgoText(isoDate: string, now: number, lang: Lang): string {
  const days = Math.max(0, Math.floor((now - Date.parse(`${isoDate}T00:00:00Z`)) / DAY_MS));
  if (days < 1) return lang === 'tr' ? 'Bugün bağlantı kuruldu' : 'Connected today';
  const [count, unit] =
    days < 7
      ? [days, 'day']
      : days < 30
        ? [Math.floor(days / 7), 'week']
        : days < 365
          ? [Math.max(1, Math.floor(days / 30)), 'month']
          : [Math.floor(days / 365), 'year'];
  if (lang === 'tr') {
    const turkish: Record<string, string> = { day: 'gün', week: 'hafta', month: 'ay', year: 'yıl' };
    return `${count} ${turkish[unit]} önce bağlantı kuruldu`;
  }
  return `Connected ${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

/** The removal dialog names only the first name, as LinkedIn's does. */
export function removalDialogTexts(
  firstName: string,
  lang: Lang,
  layout: Layout,
): { title: string; question: string; note: string } {
  if (lang === 'tr') {
    return {
      title: 'Bağlantıyı kaldır',
      question: `${firstName} adlı kişiyi bağlantılarınızdan kaldırmak istiyor musunuz?`,
      note: `${firstName}, bağlantılarınızdan kaldırıldığına dair LinkedIn tarafından bilgilendirilmeyecek.`,
    };
  }
  return {
    title: layout === 'current' ? '' : 'Remove connection',
    question: `Remove ${firstName} as a connection?`,
    note: `${firstName} won't be notified by LinkedIn that they were removed from your connections.`,
  };
}

export function restrictedBannerText(lang: Lang): string {
  return RESTRICTED[lang];
}

export interface PageTexts {
  connectionsTitle: string;
  checkpointTitle: string;
  checkpointHeading: string;
  checkpointBody: string;
  loginTitle: string;
  loginHeading: string;
  loginBody: string;
}

export function pageTexts(lang: Lang): PageTexts {
  if (lang === 'tr') {
    return {
      connectionsTitle: 'Bağlantılar | LinkedIn',
      checkpointTitle: 'Güvenlik Doğrulaması | LinkedIn',
      checkpointHeading: 'Hızlı bir güvenlik kontrolü yapalım',
      checkpointBody: 'Hesabınızı korumak için devam etmeden önce siz olduğunuzu doğrulayın.',
      loginTitle: 'LinkedIn Oturum Açın',
      loginHeading: 'Oturum açın',
      loginBody: 'Profesyonel dünyanızdaki gelişmelerden haberdar olun',
    };
  }
  return {
    connectionsTitle: 'Connections | LinkedIn',
    checkpointTitle: 'Security Verification | LinkedIn',
    checkpointHeading: "Let's do a quick security check",
    checkpointBody: "To protect your account, please verify it's you before you continue.",
    loginTitle: 'LinkedIn Login, Sign in | LinkedIn',
    loginHeading: 'Sign in',
    loginBody: 'Stay updated on your professional world',
  };
}
