// Building a SearchIndex: the vocabulary, postings and filter facts.
#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "domain/directory/search.h"
#include "domain/directory/search_data.h"
#include "domain/directory/search_text.h"

namespace lw::directory {
namespace {

using search_internal::Field;
using search_internal::kFieldCount;

struct Counts {
  std::array<std::uint16_t, kFieldCount> tf{};
};

void AddWords(std::string_view text, Field field, std::unordered_map<std::string, Counts>& counts,
              std::array<std::size_t, kFieldCount>& lengths) {
  for (std::string& w : SearchWords(text)) {
    auto& c = counts[std::move(w)];
    if (c.tf[field] < 0xFFFF) ++c.tf[field];
    ++lengths[field];
  }
}

}  // namespace

SearchIndex::SearchIndex(std::vector<DirectoryService> services,
                         const std::map<std::string, std::string>& organisation_names)
    : services_(std::move(services)) {
  using namespace search_internal;
  auto data = std::make_unique<IndexData>();
  const std::size_t n = services_.size();
  data->facts.resize(n);

  // Per service: word counts by field, and the fields' lengths.
  std::vector<std::unordered_map<std::string, Counts>> counts(n);
  std::vector<std::array<std::size_t, kFieldCount>> lengths(n);
  std::array<double, kFieldCount> total_length{};
  for (std::size_t i = 0; i < n; ++i) {
    const DirectoryService& s = services_[i];
    ServiceFacts& f = data->facts[i];
    f.listed = s.status == ServiceStatus::kActive && s.publication == Publication::kPublished;
    for (Need need : s.needs) f.needs |= 1U << static_cast<unsigned>(need);
    for (std::size_t p = 0; p < s.places.size(); ++p) {
      const Place& place = s.places[p];
      if (place.is_virtual || !place.latitude || !place.longitude) continue;
      f.points.push_back({*place.latitude, *place.longitude, static_cast<std::uint32_t>(p)});
    }
    f.cultural_words = SearchWords(s.eligibility.cultural_focus);
    if (auto it = organisation_names.find(s.organisation_id); it != organisation_names.end()) {
      f.organisation_name = it->second;
    }
    auto& c = counts[i];
    auto& len = lengths[i];
    AddWords(s.name, kName, c, len);
    for (Need need : s.needs) {
      AddWords(NeedDisplayName(need), kNeed, c, len);
      AddWords(NeedDescription(need), kNeedAbout, c, len);
    }
    for (const std::string& term : s.other_terms) AddWords(term, kNeed, c, len);
    if (s.kind != ServiceKind::kService && s.kind != ServiceKind::kOther) {
      AddWords(ServiceKindDisplayName(s.kind), kNeed, c, len);
    }
    AddWords(f.organisation_name, kOrganisation, c, len);
    AddWords(s.description, kDescription, c, len);
    AddWords(s.eligibility.cultural_focus, kDescription, c, len);
    for (const Place& place : s.places) {
      AddWords(place.name, kPlace, c, len);
      AddWords(place.city, kPlace, c, len);
    }
    for (std::size_t k = 0; k < kFieldCount; ++k) total_length[k] += static_cast<double>(len[k]);
  }

  // Name order, for ties and for lists without words.
  std::vector<std::uint32_t> order(n);
  std::iota(order.begin(), order.end(), 0U);
  std::vector<std::string> keys(n);
  for (std::size_t i = 0; i < n; ++i) {
    for (const std::string& w : NormalisedWords(services_[i].name)) keys[i] += w + " ";
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
  for (std::size_t r = 0; r < n; ++r)
    data->facts[order[r]].name_rank = static_cast<std::uint32_t>(r);

  // The vocabulary, sorted, then postings per term in service order.
  std::unordered_map<std::string, std::uint32_t> df;
  for (const auto& c : counts) {
    for (const auto& [word, _] : c) ++df[word];
  }
  std::vector<std::string> words;
  words.reserve(df.size());
  for (const auto& [word, _] : df) words.push_back(word);
  std::sort(words.begin(), words.end());
  std::unordered_map<std::string_view, std::uint32_t> term_of;
  term_of.reserve(words.size());
  data->terms.resize(words.size());
  std::uint32_t next = 0;
  for (std::uint32_t t = 0; t < words.size(); ++t) {
    Term& term = data->terms[t];
    term.text = words[t];
    term.letters = LetterMask(term.text);
    const double d = df[words[t]];
    term.idf = static_cast<float>(std::log(1.0 + (static_cast<double>(n) - d + 0.5) / (d + 0.5)));
    term.begin = next;
    term.end = next;
    next += static_cast<std::uint32_t>(d);
    term_of.emplace(term.text, t);
  }
  data->postings.resize(next);
  std::array<double, kFieldCount> average{};
  for (std::size_t k = 0; k < kFieldCount; ++k) {
    average[k] = n == 0 ? 1.0 : std::max(1.0, total_length[k] / static_cast<double>(n));
  }
  for (std::size_t i = 0; i < n; ++i) {
    for (const auto& [word, c] : counts[i]) {
      Term& term = data->terms[term_of.at(word)];
      Posting p{static_cast<std::uint32_t>(i), 0.0F, 0};
      double weight = 0;
      for (std::size_t k = 0; k < kFieldCount; ++k) {
        if (c.tf[k] == 0) continue;
        p.fields |= static_cast<std::uint8_t>(1U << k);
        const double norm = 1.0 - kFieldLengthB[k] +
                            kFieldLengthB[k] * static_cast<double>(lengths[i][k]) / average[k];
        weight += kFieldWeight[k] * c.tf[k] / norm;
      }
      p.weight = static_cast<float>(weight);
      data->postings[term.end++] = p;
    }
  }
  for (const Term& term : data->terms) {
    if (term.text.size() >= data->by_length.size()) data->by_length.resize(term.text.size() + 1);
  }
  for (std::uint32_t t = 0; t < data->terms.size(); ++t) {
    data->by_length[data->terms[t].text.size()].push_back(t);
  }
  data_ = std::move(data);
}

SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;
SearchIndex& SearchIndex::operator=(SearchIndex&&) noexcept = default;

std::size_t SearchIndex::vocabulary_size() const { return data_->terms.size(); }

}  // namespace lw::directory
