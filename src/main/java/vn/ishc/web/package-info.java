/**
 * The shell every screen shares: layout, navigation, language (Vietnamese first, English second),
 * formatting of dates and money, friendly error pages in both languages, and the RFC 9457 problem
 * answers of the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package vn.ishc.web;
