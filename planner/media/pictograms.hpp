// Pictograms by name: "eten" is eten.png or eten.svg in the organisation's own folder
// (first) or the default set (assets/pictograms). Importing one puts it in the media store
// as PNG (SVGs are rasterised at 1024x1024 with rsvg-convert) and gives its hash.
#pragma once

#include "common/data_dir.hpp"
#include "media/media_store.hpp"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace dagritme::media {

class PictogramCatalog {
  public:
    // Folders in order of precedence: the organisation's own folder before the default set.
    explicit PictogramCatalog(std::vector<std::filesystem::path> folders);

    std::optional<std::filesystem::path> find(const std::string& name) const;
    bool contains(const std::string& name) const { return find(name).has_value(); }
    // Every pictogram's name, sorted, each once (the own folder's hide the default's).
    std::vector<std::string> names() const;
    // Stores the named pictogram in `store` and returns its hash; throws when unknown or broken.
    std::string import(const std::string& name, MediaStore& store);

  private:
    std::vector<std::filesystem::path> folders_;
    std::map<std::string, std::string> imported_; // name -> hash
};

// The default pictogram folder of this installation (<data dir>/assets/pictograms).
std::filesystem::path default_pictogram_folder();
// The folder holding assets/ and config/ (one copy, in common/).
using common::data_dir;

} // namespace dagritme::media
