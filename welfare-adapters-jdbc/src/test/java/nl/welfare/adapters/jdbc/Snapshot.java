package nl.welfare.adapters.jdbc;

import java.util.LinkedHashMap;
import java.util.Map;

/** Everything a store holds, read through its ports: two stores hold the same when their snapshots are equal. */
final class Snapshot {

    private Snapshot() {}

    static Map<String, Object> of(JdbcWelfareStore store) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("hierarchy", store.areas().hierarchy());
        all.put("groupings", store.areas().groupings());
        all.put("populations", store.areas().populations());
        all.put("residents", store.residents().all());
        all.put("cohorts", store.cohorts().all());
        all.put("ladder assessments", store.assessments().ladderAssessments());
        all.put("self-reliance assessments", store.assessments().selfRelianceAssessments());
        all.put("initiatives", store.initiatives().all());
        all.put("links", store.initiatives().links());
        all.put("places", store.activities().places());
        all.put("activities", store.activities().all());
        all.put("participations", store.participations().all());
        all.put("provisions", store.provisions().all());
        all.put("support episodes", store.supportEpisodes().all());
        all.put("survey responses", store.surveyResponses().all());
        all.put("policies", store.programmes().policies());
        all.put("commissions", store.programmes().commissions());
        all.put("programmes", store.programmes().areaProgrammes());
        return all;
    }
}
