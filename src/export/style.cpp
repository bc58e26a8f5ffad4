#include "export/style.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "link/gazetteer.h"
#include "util/utf8.h"

namespace ckg {

Rgb type_color(EntityType t) {
  switch (t) {
    case EntityType::Province:
      return {31, 119, 180};
    case EntityType::City:
      return {70, 150, 220};
    case EntityType::District:
      return {140, 190, 235};
    case EntityType::Region:
      return {23, 190, 207};
    case EntityType::Zone:
      return {148, 103, 189};
    case EntityType::Company:
      return {255, 127, 14};
    case EntityType::Fund:
      return {214, 39, 40};
    case EntityType::Sector:
      return {44, 160, 44};
    case EntityType::IndustrialCluster:
      return {227, 119, 194};
    case EntityType::GovernmentBody:
      return {140, 86, 75};
    case EntityType::Institution:
      return {188, 189, 34};
    case EntityType::Policy:
      return {127, 127, 127};
    case EntityType::Event:
      return {255, 187, 120};
    case EntityType::Project:
      return {152, 223, 138};
    case EntityType::Person:
      return {247, 182, 210};
  }
  return {0, 0, 0};
}

Rgb amount_color() { return {219, 219, 141}; }

std::string hex_color(Rgb c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "#%02X%02X%02X", std::clamp(c.r, 0, 255), std::clamp(c.g, 0, 255),
                std::clamp(c.b, 0, 255));
  return buf;
}

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string short_label(std::string_view name, std::optional<EntityType> type, std::string_view admin_code,
                        std::size_t max_chars) {
  std::string label(name);
  if (type && is_admin_division(*type) && !admin_code.empty()) {
    if (const Division* d = Gazetteer::instance().by_code(admin_code); d && !d->short_name.empty())
      label = d->short_name;
  } else if (type == EntityType::Company) {
    // Longest first, so that 股份有限公司 is removed whole.
    static constexpr std::string_view kLegalForms[] = {"股份有限公司", "有限责任公司", "集团有限公司", "有限公司"};
    for (auto form : kLegalForms) {
      if (ends_with(label, form) && utf8::length(label) - utf8::length(form) >= 2) {
        label.resize(label.size() - form.size());
        break;
      }
    }
  }
  std::u32string cps = utf8::decode(label);
  if (max_chars > 1 && cps.size() > max_chars) {
    cps.resize(max_chars - 1);
    cps.push_back(U'…');
    label = utf8::encode(cps);
  }
  return label;
}

double node_size(int degree, std::optional<double> target_yuan) {
  double size = 10.0 + 6.0 * std::log2(1.0 + std::max(0, degree));
  // 100亿 (1e10) gives 15, 1000亿 20, 1万亿 25.
  if (target_yuan && *target_yuan > 0)
    size = std::max(size, 10.0 + 5.0 * std::max(0.0, std::log10(*target_yuan) - 9.0));
  return std::round(size * 100.0) / 100.0;
}

double amount_size(double yuan) {
  const double size = 6.0 + 3.0 * std::max(0.0, std::log10(std::max(yuan, 1.0)) - 8.0);
  return std::round(size * 100.0) / 100.0;
}

}  // namespace ckg
