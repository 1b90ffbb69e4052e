scenario "bad"
