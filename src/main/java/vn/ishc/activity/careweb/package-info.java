/**
 * The pages and the API of health checks, exercise groups, home care and self-help and rights cases: thin
 * controllers over {@code activity.health}, {@code activity.care} and {@code activity.cases}, which decide
 * every rule and every access.
 */
package vn.ishc.activity.careweb;
