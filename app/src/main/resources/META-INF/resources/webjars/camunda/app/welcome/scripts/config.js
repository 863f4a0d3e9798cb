/*
 * GridDesk configuration of the Camunda Welcome application. It replaces the config.js shipped in
 * the camunda-webapp-webjar (same classpath path, application classes come first).
 * See docs/operations.md, "Tasklist customisations".
 */
export default {
  // Shown in the header after the vendor ("Camunda 欢迎页").
  app: {
    name: '欢迎页'
  },

  // Same language choice as Tasklist: Chinese first, English for browsers set to English.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
