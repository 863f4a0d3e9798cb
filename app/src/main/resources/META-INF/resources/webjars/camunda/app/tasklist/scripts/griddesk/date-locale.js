/*
 * GridDesk: dates in Tasklist ("due in 12 hours", month names) follow the language of the labels.
 *
 * Tasklist loads the labels of the browser's language and of the fallback language, and each locale
 * file it loads makes its date locale the global one, whichever file arrives last. This module sets
 * the date locale back to the language in use after every locale file has loaded.
 */
define(['angular'], function (angular) {
  'use strict';

  var ngModule = angular.module('griddesk.dateLocale', []);

  ngModule.run(['$rootScope', '$translate', '$injector', function ($rootScope, $translate, $injector) {
    if (!$injector.has('amMoment')) {
      return;
    }
    var amMoment = $injector.get('amMoment');

    function followLanguage() {
      var language = $translate.use() || $translate.proposedLanguage();
      if (language) {
        amMoment.changeLocale(language);
      }
    }

    $rootScope.$on('$translateLoadingEnd', followLanguage);
    $rootScope.$on('$translateChangeSuccess', followLanguage);
  }]);

  return ngModule;
});
