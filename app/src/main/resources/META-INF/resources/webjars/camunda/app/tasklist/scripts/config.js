/*
 * GridDesk configuration of Camunda Tasklist. It replaces the config.js shipped in the
 * camunda-webapp-webjar (same classpath path, application classes come first).
 * Options: https://docs.camunda.org/manual/latest/webapps/tasklist/configuration/
 * See docs/operations.md, "Tasklist customisations".
 */
export default {
  // Shown in the header and the browser tab after the vendor ("Camunda 任务列表").
  app: {
    name: '任务列表'
  },

  // Chinese first. Tasklist picks the locale from the first language of the browser, by its
  // language part only ("zh-CN" -> "zh"), and uses the fallback for any language not listed.
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },

  // GridDesk's AngularJS modules (scripts/griddesk/), loaded with RequireJS; paths are relative to
  // app/tasklist/. deps: the files to load; ngDeps: the AngularJS modules they define.
  requireJsConfig: {
    deps: ['griddesk-default-sorting', 'griddesk-date-locale'],
    ngDeps: ['griddesk.defaultSorting', 'griddesk.dateLocale'],
    paths: {
      'griddesk-default-sorting': 'scripts/griddesk/default-sorting',
      'griddesk-date-locale': 'scripts/griddesk/date-locale'
    }
  },

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个筛选条件'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表中的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开“启动流程”对话框'
    }
  }
};
