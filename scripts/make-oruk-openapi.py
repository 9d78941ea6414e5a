#!/usr/bin/env python3
"""Writes data/oruk/openapi.json: the OpenAPI description of livingwell's
/oruk/ API, derived from the Open Referral UK profile's own openapi.json
(../shared/standards/oruk-3.0/openapi.json, CC BY-SA 4.0).

What it changes, so that the file says exactly what livingwell serves:
  - info: our title and description, with the attribution the licence asks;
  - servers: one, "{{base}}", replaced at run time by public_url + "/oruk";
  - the parameters livingwell takes beyond the profile's (organization_id,
    modified_after, format; taxonomy_id and parent_id on taxonomy terms);
  - /organizations and /organizations/{id}, which livingwell also serves.

Run it again when the profile changes:
  python3 scripts/make-oruk-openapi.py ../shared/standards/oruk-3.0/openapi.json
and commit the result. The build embeds the file (src/CMakeLists.txt).
"""
import copy
import json
import sys

PROFILE_SCHEMAS = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/"


def ref(name):
    return {"$ref": "#/components/parameters/" + name}


def main(source, out):
    with open(source, encoding="utf-8") as f:
        profile = json.load(f)
    doc = copy.deepcopy(profile)
    doc["info"] = {
        "title": "livingwell: Open Referral UK 3.0 API",
        "version": "3.0",
        "description": (
            "The Living Well directory of services and community assets, read through the "
            "Open Referral UK profile of the Human Services Data Specification (HSDS-UK-3.0). "
            "Read-only and open to anyone. Derived from the Open Referral UK profile's "
            "openapi.json (https://github.com/OpenReferralUK/uk-profile, folder schema/): "
            "\"Human Services Data Specification: an Open Referral resource "
            "(https://openreferral.org/)\", licensed CC BY-SA 4.0; this description is "
            "shared under the same licence."),
        "license": {"name": "CC BY-SA 4.0",
                    "url": "https://creativecommons.org/licenses/by-sa/4.0/"},
    }
    doc["servers"] = [{"url": "{{base}}", "description": "This livingwell server's /oruk/ API"}]

    params = doc["components"]["parameters"]
    params["format"]["description"] = (
        "Return results in the specified format: `json` (the default, paged) or `ndjson` "
        "(every result, one JSON object per line, without paging).")
    params["parent_id"] = {"name": "parent_id", "in": "query", "required": False,
                           "description": "Only the terms under this term. Every livingwell "
                           "need is a top term, so any parent_id finds none.",
                           "schema": {"type": "string"}}
    params["modified_after"]["description"] = (
        "Only services changed after this date (2026-03-09) or UTC date-time "
        "(2026-03-09T14:05:00Z).")
    params["proximity"]["description"] = (
        "With postcode: only places within this many metres (1 to 200000) of the postcode's "
        "centre, nearest first.")

    paths = doc["paths"]
    extra_service = [ref("organization_id"), ref("modified_after"), ref("format")]
    paths["/services"]["get"]["parameters"] += extra_service
    paths["/service_at_locations"]["get"]["parameters"] += extra_service
    paths["/taxonomies"]["get"]["parameters"] += [ref("format")]
    paths["/taxonomy_terms"]["get"]["parameters"] += [ref("taxonomy_id"), ref("parent_id"),
                                                      ref("format")]

    def page_of(item_schema, description):
        return {"200": {"description": description, "content": {"application/json": {
            "schema": {"properties": {"contents": {"type": "array", "items": {
                "$ref": PROFILE_SCHEMAS + item_schema}}},
                "allOf": [{"$ref": "#/components/schemas/Page"}]}}}}}

    paths["/organizations"] = {"get": {
        "description": "Paginated listing of the organisations that provide services.",
        "summary": "Paginated listing of organizations.",
        "operationId": "getPaginatedListOfOrganizations",
        "parameters": [ref("page"), ref("per_page"), ref("format")],
        "responses": page_of("compiled/organization.json", "Paginated listing of organizations."),
    }}
    paths["/organizations/{id}"] = {
        "parameters": [{"in": "path", "name": "id", "required": True,
                        "description": "The id of the organization.",
                        "schema": {"type": "string"}}],
        "get": {
            "description": "Retrieve one organization with its details.",
            "summary": "Retrieve an organization by id.",
            "operationId": "getOrganizationById",
            "responses": {"200": {"description": "The organization with that id.",
                                  "content": {"application/json": {"schema": {
                                      "$ref": PROFILE_SCHEMAS + "compiled/organization.json"}}}}},
        },
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/standards/oruk-3.0/openapi.json",
         sys.argv[2] if len(sys.argv) > 2 else "data/oruk/openapi.json")
