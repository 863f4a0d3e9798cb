/*
 * GridDesk: Tasklist lists tasks by due date, earliest first, then by creation time, unless the
 * user has chosen another sorting.
 *
 * Tasklist keeps the sorting of the task list in the URL search parameter "sorting" (a JSON array
 * of {sortBy, sortOrder}) and falls back to "created, descending" when the parameter is absent.
 * This module fills in the GridDesk default whenever the task list is opened without a sorting,
 * before Tasklist reads the URL. A sorting that is present, i.e. one the user picked in the
 * "sort by" control or kept in a bookmark, is left alone.
 */
define(['angular'], function (angular) {
  'use strict';

  var DEFAULT_SORTING = JSON.stringify([
    // The routing table's priority, raised by urges: an outage before a consultation.
    { sortBy: 'priority', sortOrder: 'desc' },
    { sortBy: 'dueDate', sortOrder: 'asc' },
    // Tasks due at the same time, or without a due date, oldest first; keeps paging stable.
    { sortBy: 'created', sortOrder: 'asc' }
  ]);

  var ngModule = angular.module('griddesk.defaultSorting', []);

  ngModule.run(['$rootScope', '$location', function ($rootScope, $location) {
    $rootScope.$on('$locationChangeStart', function () {
      // "/" is the task list view; the sorting belongs to it alone.
      if ($location.path() === '/' && !$location.search().sorting) {
        // Changing $location here restarts this location change with the new URL;
        // replace() keeps the browser history free of the unsorted address.
        $location.search('sorting', DEFAULT_SORTING).replace();
      }
    });
  }]);

  return ngModule;
});
