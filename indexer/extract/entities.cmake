# Entity extraction: people, organisations, places, misc (entity_*.cpp) and
# the gazetteers of data/gazetteer/, compiled in. Included from
# indexer/extract/CMakeLists.txt.
target_sources(newsarchive_extract PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/entity_aliases.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_countries.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_extraction.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_mentions.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_resources.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_tokens.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_typing.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entity_word_list.cpp
  ${CMAKE_CURRENT_LIST_DIR}/gazetteer.cpp
)

# The default gazetteers, compiled in.
set(_gazetteer ${PROJECT_SOURCE_DIR}/data/gazetteer)
newsarchive_embed_data(newsarchive_extract kGazetteerPlaces ${_gazetteer}/places.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerCities ${_gazetteer}/cities.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerOrganizations ${_gazetteer}/organizations.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerMisc ${_gazetteer}/misc.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerPersons ${_gazetteer}/persons.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerDemonyms ${_gazetteer}/demonyms.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerGivenNames ${_gazetteer}/given_names.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerCommonWords ${_gazetteer}/common_words.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerOrgWords ${_gazetteer}/org_words.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerPlaceWords ${_gazetteer}/place_words.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerMiscWords ${_gazetteer}/misc_words.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerTitles ${_gazetteer}/titles.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerSportsWords ${_gazetteer}/sports_words.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerWorkWords ${_gazetteer}/work_words.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerFirmNouns ${_gazetteer}/firm_nouns.txt)
newsarchive_embed_data(newsarchive_extract kGazetteerJobWords ${_gazetteer}/job_words.txt)
unset(_gazetteer)
