#include "tools/letters/renderer.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <stdio.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>
#include <set>

#include "engine/core/csv.h"
#include "engine/store/keys.h"
#include "engine/store/store.h"
#include "relance/v1/actions.pb.h"
#include "tools/letters/email.h"
#include "tools/letters/letter.h"
#include "tools/letters/output.h"

namespace relance::letters {
namespace {

// Where e-mails come from when the creditors file gives no address: a
// reserved domain (RFC 2606), so that a draft cannot be sent by mistake.
constexpr std::string_view kUnsetSender = "sender-not-configured@invalid";

// Releases the snapshot on every path out.
class SnapshotGuard {
 public:
  explicit SnapshotGuard(rocksdb::DB* db) : db_(db), snapshot_(db->GetSnapshot()) {}
  ~SnapshotGuard() { db_->ReleaseSnapshot(snapshot_); }
  SnapshotGuard(const SnapshotGuard&) = delete;
  SnapshotGuard& operator=(const SnapshotGuard&) = delete;
  const rocksdb::Snapshot* get() const { return snapshot_; }

 private:
  rocksdb::DB* db_;
  const rocksdb::Snapshot* snapshot_;
};

// The kinds a debtor receives by e-mail; the others are notes for staff.
bool IsEmail(const v1::Action& action, const RenderedLetter& letter) {
  return action.channel() == v1::CHANNEL_EMAIL && letter.to_debtor;
}

// A day's folder is written whole or not at all: the run writes into a
// staging folder beside it and renames it into place at the end, so a full
// disk or a crash never leaves a batch that looks complete to a print house
// with letters missing. A failed run removes its staging folder and leaves
// the day's earlier folder, if any, as it was.
class Run {
 public:
  Run(const LettersOptions& options, LettersReport* report) : options_(options), report_(report) {
    final_dir_ = std::filesystem::path(options.out_dir) / FormatDay(options.date);
    day_dir_ = std::filesystem::path(options.out_dir) / ("." + FormatDay(options.date) + ".partial");
  }
  ~Run() {
    std::error_code ignored;
    if (!published_) std::filesystem::remove_all(day_dir_, ignored);
  }
  Run(const Run&) = delete;
  Run& operator=(const Run&) = delete;

  // A staging folder left by a run that crashed is dropped first.
  Status Begin() {
    std::error_code error;
    std::filesystem::remove_all(day_dir_, error);
    if (!error) std::filesystem::create_directories(day_dir_, error);
    if (error) return Status::IoError("cannot create " + day_dir_.string() + ": " + error.message());
    return Status::Ok();
  }

  // The staging folder becomes the day's folder; an earlier one is swapped
  // out in the same rename (RENAME_EXCHANGE), then removed.
  Status Publish() {
    std::error_code error;
    const bool replacing = std::filesystem::exists(final_dir_, error);
    if (replacing) {
      if (renameat2(AT_FDCWD, day_dir_.c_str(), AT_FDCWD, final_dir_.c_str(), RENAME_EXCHANGE) != 0) {
        return Status::IoError(fmt::format("cannot replace {}: {}", final_dir_.string(), std::strerror(errno)));
      }
      std::filesystem::remove_all(day_dir_, error);  // The earlier folder, now here.
    } else {
      std::filesystem::rename(day_dir_, final_dir_, error);
      if (error) return Status::IoError("cannot rename " + day_dir_.string() + ": " + error.message());
    }
    published_ = true;
    report_->index_path = (final_dir_ / "index.csv").string();
    return Status::Ok();
  }

  // Checks what the key says against the record: a record filed under
  // another day or id is a bug upstream, and letters are evidence.
  Status Check(std::string_view key, const v1::Action& action) const {
    // Day (4 bytes) and partition (2 bytes) before the id.
    const std::size_t id_offset = store::ActionDayPrefix(options_.date).size() + 2;
    if (key.size() < id_offset) return Status::Corruption("action key too short");
    const std::string_view id_in_key = key.substr(id_offset);
    if (id_in_key != action.action_id()) {
      return Status::Corruption(fmt::format("action key names '{}', record '{}'", id_in_key, action.action_id()));
    }
    if (ToDay(action.date()) != std::optional<Day>(options_.date)) {
      return Status::Corruption(fmt::format("action '{}' is filed under another day", action.action_id()));
    }
    return Status::Ok();
  }

  Status Render(const v1::Action& action) {
    ++report_->actions;
    const Creditor* creditor = FindCreditor(action);
    const std::filesystem::path dir = day_dir_ / SafeFileName(action.creditor_id()) / SafeFileName(action.debtor_key());
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error) return Status::IoError("cannot create " + dir.string() + ": " + error.message());
    for (Language language : options_.languages) {
      RenderedLetter letter;
      if (Status s = RenderLetter(action, creditor, language, &letter); !s.ok()) return s;
      if (letter.fell_back && language == options_.languages.front()) {
        Warn(action, fmt::format("unknown template '{}', used '{}'", action.template_id(), letter.template_id));
      }
      const std::string base = fmt::format("{}.{}", SafeFileName(action.action_id()), LanguageCode(language));
      if (Status s = Write(action, dir / (base + ".html"), letter.html); !s.ok()) return s;
      if (Status s = Write(action, dir / (base + ".txt"), letter.text); !s.ok()) return s;
      report_->letters += 2;
      if (!IsEmail(action, letter)) continue;
      if (!IsPlainEmailAddress(action.debtor_email())) {
        if (language == options_.languages.front()) Warn(action, "e-mail channel without a usable debtor address");
        continue;
      }
      if (Status s = Write(action, dir / (base + ".eml"), Email(action, creditor, letter)); !s.ok()) return s;
      ++report_->emails;
    }
    return Status::Ok();
  }

  Status WriteIndex() { return WriteFileAtomic((day_dir_ / "index.csv").string(), index_); }

 private:
  const Creditor* FindCreditor(const v1::Action& action) {
    const Creditor* creditor = options_.creditors != nullptr ? options_.creditors->Find(action.creditor_id()) : nullptr;
    if (creditor == nullptr && warned_creditors_.insert(action.creditor_id()).second) {
      report_->warnings.push_back(
          {"", fmt::format("creditor '{}' is not in the creditors file: letters carry placeholders",
                           action.creditor_id())});
    }
    return creditor;
  }

  void Warn(const v1::Action& action, std::string message) {
    report_->warnings.push_back({action.action_id(), std::move(message)});
  }

  Status Write(const v1::Action& action, const std::filesystem::path& path, std::string_view content) {
    if (Status s = WriteFileAtomic(path.string(), content); !s.ok()) return s;
    index_ += fmt::format("{},{},{},{},{},{},{}\n", CsvText(action.action_id()), v1::ActionKind_Name(action.kind()),
                          action.level(), v1::Channel_Name(action.channel()), CsvText(action.creditor_id()),
                          CsvText(action.debtor_key()), CsvText(path.lexically_relative(day_dir_).string()));
    return Status::Ok();
  }

  static std::string Email(const v1::Action& action, const Creditor* creditor, const RenderedLetter& letter) {
    EmailMessage message;
    message.from_name = creditor != nullptr && !creditor->name.empty() ? creditor->name : action.creditor_id();
    message.from_address =
        creditor != nullptr && !creditor->email.empty() ? creditor->email : std::string(kUnsetSender);
    message.to_name = action.debtor_name();
    message.to_address = action.debtor_email();
    message.date = *ToDay(action.date());
    message.subject = letter.subject;
    message.action_id = action.action_id();
    message.text = letter.text;
    message.html = letter.html;
    return BuildEml(message);
  }

  const LettersOptions& options_;
  LettersReport* report_;
  std::filesystem::path final_dir_;  // <out>/<date>
  std::filesystem::path day_dir_;    // Where the run writes: <out>/.<date>.partial
  bool published_ = false;
  std::string index_ = "action_id,kind,level,channel,creditor,debtor,file\n";
  std::set<std::string> warned_creditors_;
};

}  // namespace

Status RenderLetters(const store::Store& store, const LettersOptions& options, LettersReport* report) {
  if (options.date == kNoDay) return Status::InvalidArgument("no date");
  if (options.languages.empty()) return Status::InvalidArgument("no language");
  Run run(options, report);
  if (Status s = run.Begin(); !s.ok()) return s;
  SnapshotGuard snapshot(store.db());
  // Keys start with the day: the day's actions, every partition, are the
  // range [prefix(day), prefix(day + 1)), in key order.
  const std::string begin = store::ActionDayPrefix(options.date);
  const std::string end = store::ActionDayPrefix(options.date + 1);
  const rocksdb::Slice upper_bound(end);
  auto it = store.NewIterator(store::Family::kAction, snapshot.get(), &upper_bound);
  v1::Action action;
  for (it->Seek(begin); it->Valid(); it->Next()) {
    const std::string_view key(it->key().data(), it->key().size());
    if (!action.ParseFromArray(it->value().data(), static_cast<int>(it->value().size()))) {
      return Status::Corruption("undecodable action record");
    }
    if (Status s = run.Check(key, action); !s.ok()) return s;
    if (Status s = run.Render(action); !s.ok()) return s;
  }
  if (Status s = store::FromRocks(it->status()); !s.ok()) return s;
  if (Status s = run.WriteIndex(); !s.ok()) return s;
  return run.Publish();
}

Status RenderLettersFromDb(const std::string& db_dir, const LettersOptions& options, LettersReport* report) {
  store::StoreOptions store_options;
  store_options.read_only = true;
  std::unique_ptr<store::Store> store;
  if (Status s = store::Store::Open(db_dir, store_options, &store); !s.ok()) return s;
  return RenderLetters(*store, options, report);
}

}  // namespace relance::letters
