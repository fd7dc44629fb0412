"""The admin proposes people and organisations that are likely one, says why, and merges a pair in one
click through the merge (which needs the merge permission)."""

from django.urls import reverse

from events.duplicates import likely_duplicate_organizations, likely_duplicate_people, sound_key
from events.models import AuditEntry, MergedOrganization, Organization, Person

from .builders import make_meeting, make_person
from .test_curation_admin import CuratorTestCase


class LikelyDuplicateRulesTests(CuratorTestCase):
    def test_lao_romanisations_of_one_name_share_a_sound_key(self):
        keys = {
            sound_key(name) for name in ("Khamphoui Sisavath", "Khamphouy Sisavat", "Khamphoui Sisavathe")
        }
        self.assertEqual(len(keys), 1)
        self.assertNotEqual(sound_key("Khamphoui Sisavath"), sound_key("Khamsay Sisavath"))

    def test_people_pairs_come_with_their_reasons(self):
        make_person("Khamphoui Sisavath", "la")
        make_person("Khamphouy Sisavathe", "la")
        make_person("Nguyễn Thị Thủy", "vn")
        make_person("Nguyễn Thị Thúy", "vn")
        make_person("Ngô Thị Doãn", "vn")
        make_person("Ngô Thị Doãn Thanh", "vn")
        make_person("Phonsavanh Sayavong", "la")
        pairs = {
            frozenset((pair.first.name, pair.second.name)): [str(reason) for reason in pair.reasons]
            for pair in likely_duplicate_people(Person.objects.all())
        }
        self.assertEqual(
            pairs,
            {
                frozenset(("Khamphoui Sisavath", "Khamphouy Sisavathe")): [
                    "cách phiên âm khác nhau của một tên"
                ],
                frozenset(("Nguyễn Thị Thủy", "Nguyễn Thị Thúy")): ["cùng chữ, khác dấu"],
                frozenset(("Ngô Thị Doãn", "Ngô Thị Doãn Thanh")): ["tên này là một phần của tên kia"],
            },
        )

    def test_organisations_alike_once_their_abbreviations_are_spelled_out(self):
        Organization.objects.create(name="Ủy ban nhân dân thành phố Hà Nội", side="vn")
        Organization.objects.create(name="UBND TP Hà Nội", side="vn")
        Organization.objects.create(name="Thành ủy Hà Nội", side="vn")
        [pair] = likely_duplicate_organizations(Organization.objects.all())
        self.assertEqual(
            {pair.first.name, pair.second.name}, {"Ủy ban nhân dân thành phố Hà Nội", "UBND TP Hà Nội"}
        )


class LikelyDuplicatesPageTests(CuratorTestCase):
    def test_the_page_lists_the_pair_and_one_click_merges_it(self):
        full = Organization.objects.create(name="Ủy ban nhân dân thành phố Hà Nội", side="vn")
        short = Organization.objects.create(name="UBND TP Hà Nội", side="vn")
        meeting = make_meeting(title="Tiếp đoàn")
        meeting.organizations.add(short)
        page = self.client.get(reverse("admin:events_organization_duplicates"))
        self.assertContains(page, "cùng tên khi viết đầy đủ chữ viết tắt")
        self.assertContains(page, 'value="merge_organizations"')
        done = self.client.post(
            reverse("admin:events_organization_changelist"),
            {
                "action": "merge_organizations",
                "_selected_action": [full.pk, short.pk],
                "kept": full.pk,
                "confirm": "yes",
            },
        )
        self.assertEqual(done.status_code, 302)
        full.refresh_from_db()
        self.assertEqual(full.aliases, ["UBND TP Hà Nội"])
        self.assertEqual(list(meeting.organizations.all()), [full])
        self.assertEqual(MergedOrganization.objects.get(old_id=short.pk).organization, full)
        self.assertTrue(AuditEntry.objects.filter(action="merge", model="organization").exists())

    def test_the_old_page_of_a_merged_organisation_redirects_to_the_kept_one(self):
        kept = Organization.objects.create(name="Thành ủy Hà Nội", side="vn")
        make_meeting(title="Hội đàm").organizations.add(kept)
        MergedOrganization.objects.create(old_id=kept.pk + 1000, organization=kept)
        response = self.client.get(f"/organizations/{kept.pk + 1000}/")
        self.assertRedirects(response, kept.get_absolute_url(), status_code=301)
