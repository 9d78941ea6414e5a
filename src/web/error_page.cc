#include "web/error_page.h"

namespace lw::web {

namespace {

struct Wording {
  const char* title;  // also the h1
  Markup body;        // paragraphs under the h1
};

Wording WordingFor(int status) {
  switch (status) {
    case 400:
      return {"Sorry, there is a problem with your request",
              "<p>The page could not understand what was sent. Go back and try again.</p>\n"};
    case 401:
      return {"You need to sign in",
              "<p><a href=\"/sign-in\">Sign in</a> to use this service.</p>\n"};
    case 403:
      return {"This form has expired or could not be checked",
              "<p>Go back, reload the page and try again.</p>\n"};
    case 404:
      return {"Page not found",
              "<p>If you typed the web address, check it was correct.</p>\n"
              "<p>If you pasted the web address, check you copied the entire address.</p>\n"
              "<p><a href=\"/\">Go to the start page</a></p>\n"};
    case 405:
      return {"Sorry, that cannot be done on this page",
              "<p>Go back and use the links and buttons on the page.</p>\n"};
    case 408:
      return {"Sorry, that took too long",
              "<p>The page waited too long for your browser. Go back and try again.</p>\n"};
    case 409:
      return {"Sorry, that could not be done",
              "<p>The record is not in a state that allows this. Go back, reload the page and "
              "check it.</p>\n"};
    case 412:
      return {
          "Someone else has changed this record",
          "<p>Go back and reload the page to see the latest version before you change it.</p>\n"};
    case 413:
      return {"Sorry, that was too much to send",
              "<p>What you sent was larger than the service accepts. Go back and try sending "
              "less.</p>\n"};
    case 422:
      return {"Sorry, there is a problem with what was entered",
              "<p>Go back, check what you entered and try again.</p>\n"};
    case 429:
      return {"Sorry, there have been too many attempts",
              "<p>Wait a few minutes and try again.</p>\n"};
    case 503:
      return {"Sorry, the service is unavailable",
              "<p>Try again later.</p>\n"
              "<p>We have not saved anything you entered on the page you were on.</p>\n"};
    default:
      break;
  }
  if (status >= 400 && status < 500) {
    return {"Sorry, that could not be done", "<p>Go back and try again.</p>\n"};
  }
  return {"Sorry, there is a problem with the service",
          "<p>Try again later.</p>\n"
          "<p>We have not saved anything you entered on the page you were on.</p>\n"};
}

}  // namespace

Page ErrorPage(int status) {
  Wording wording = WordingFor(status);
  Page page;
  page.title = wording.title;
  page.status = status;
  page.content << "<div class=\"nhsuk-grid-row\">\n<div class=\"nhsuk-grid-column-two-thirds\">\n"
               << "<h1 class=\"nhsuk-heading-l\">" << Text(wording.title) << "</h1>\n"
               << wording.body << "</div>\n</div>\n";
  return page;
}

}  // namespace lw::web
