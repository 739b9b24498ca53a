import type { RecipeSource } from "@/lib/nutrition/compute-recipe-nutrition";

import { recipe, taste } from "./dsl";

/** Everyday mains that work for lunch or dinner. */
export const MAIN_RECIPES: RecipeSource[] = [
  // ── vegan ───────────────────────────────────────────────────────────────
  recipe({
    id: "chickpea-spinach-curry", name: "Chickpea & spinach curry with rice", slots: ["lunch", "dinner"], prep: 10, cook: 25, serves: 4,
    lines: [["basmati-rice", 280, "g"], ["vegetable-oil", 1, "tbsp"], ["onion", 1, "piece"], ["garlic", 3, "clove"], ["ginger", 1, "tbsp"], ["curry-powder", 2, "tbsp"], ["chopped-tomatoes", 1, "can"], ["light-coconut-milk", 1, "can"], ["chickpeas", 2, "can"], ["spinach", 200, "g"], ["coriander", 10, "g"], taste("salt")],
    steps: ["Cook the rice.", "Soften the onion in oil; add garlic, ginger and curry powder for a minute.", "Add tomatoes, coconut milk and chickpeas and simmer 15 minutes; wilt in the spinach and serve with rice and coriander."],
  }),
  recipe({
    id: "red-lentil-dal-rice", name: "Red lentil dal with rice", slots: ["lunch", "dinner"], prep: 10, cook: 30, serves: 4,
    lines: [["red-lentils", 250, "g"], ["basmati-rice", 240, "g"], ["vegetable-oil", 1.5, "tbsp"], ["onion", 1, "piece"], ["garlic", 3, "clove"], ["ginger", 1, "tbsp"], ["turmeric", 1, "tsp"], ["cumin-seeds", 1, "tsp"], ["garam-masala", 1, "tsp"], ["chopped-tomatoes", 0.5, "can"], ["spinach", 100, "g"], ["lemon-juice", 1, "tbsp"], taste("salt")],
    steps: ["Simmer the lentils with turmeric in 900 ml water for 20 minutes; cook the rice.", "Fry cumin seeds, onion, garlic and ginger in the oil; add tomatoes and garam masala.", "Stir into the lentils with the spinach and lemon."],
  }),
  recipe({
    id: "three-bean-chilli-rice", name: "Three-bean chilli with rice", slots: ["lunch", "dinner"], prep: 10, cook: 30, serves: 4,
    lines: [["olive-oil", 1, "tbsp"], ["onion", 1, "piece"], ["bell-pepper", 1, "piece"], ["garlic", 2, "clove"], ["ground-cumin", 2, "tsp"], ["chilli-powder", 1, "tsp"], ["smoked-paprika", 1, "tsp"], ["chopped-tomatoes", 1, "can"], ["kidney-beans", 1, "can"], ["black-beans", 1, "can"], ["cannellini-beans", 1, "can"], ["white-rice", 240, "g"], ["coriander", 10, "g"]],
    steps: ["Soften onion and pepper in the oil; add garlic and spices.", "Add tomatoes and beans and simmer 25 minutes.", "Serve with rice and coriander."],
  }),
  recipe({
    id: "tofu-broccoli-stir-fry", name: "Tofu & broccoli stir-fry with rice", slots: ["lunch", "dinner"], prep: 10, cook: 15, serves: 2,
    lines: [["firm-tofu", 300, "g"], ["broccoli", 250, "g"], ["white-rice", 130, "g"], ["vegetable-oil", 1, "tbsp"], ["soy-sauce", 2, "tbsp"], ["garlic", 2, "clove"], ["ginger", 1, "tbsp"], ["maple-syrup", 1, "tsp"], ["cornflour", 1, "tsp"], ["sesame-seeds", 1, "tsp"]],
    steps: ["Cook the rice; fry cubed tofu in the oil until golden.", "Add broccoli, garlic and ginger and stir-fry 4 minutes.", "Add soy, maple and cornflour mixed with 4 tbsp water; toss until glossy and top with sesame."],
  }),
  recipe({
    id: "vegetable-tofu-pad-thai", name: "Vegetable & tofu pad Thai", slots: ["lunch", "dinner"], prep: 15, cook: 10, serves: 2,
    lines: [["rice-noodles", 150, "g"], ["firm-tofu", 200, "g"], ["vegetable-oil", 1, "tbsp"], ["bean-sprouts", 100, "g"], ["carrot", 1, "piece"], ["spring-onion", 3, "piece"], ["garlic", 2, "clove"], ["tamari", 2, "tbsp"], ["lime-juice", 2, "tbsp"], ["brown-sugar", 2, "tsp"], ["peanuts", 30, "g"], ["coriander", 5, "g"]],
    steps: ["Soak the noodles; fry the tofu in the oil until crisp.", "Add garlic, carrot and noodles with tamari, lime and sugar; toss 2 minutes.", "Add sprouts and spring onion and serve topped with peanuts and coriander."],
  }),
  recipe({
    id: "pasta-e-ceci", name: "Pasta e ceci (pasta with chickpeas)", slots: ["lunch", "dinner"], prep: 10, cook: 25, serves: 4,
    lines: [["olive-oil", 2, "tbsp"], ["onion", 1, "piece"], ["garlic", 2, "clove"], ["rosemary", 1, "sprig"], ["tomato-paste", 2, "tbsp"], ["chickpeas", 2, "can"], ["vegetable-stock", 1000, "ml"], ["pasta", 250, "g", "ditalini or small shapes"], ["chilli-flakes", 0.5, "tsp"], taste("salt")],
    steps: ["Soften the onion, garlic and rosemary in the oil; stir in the tomato paste.", "Add chickpeas and stock, simmer 10 minutes and mash a few chickpeas.", "Add the pasta and cook until tender and the sauce thickens; finish with chilli."],
  }),
  recipe({
    id: "mushroom-lentil-bolognese", name: "Mushroom & lentil bolognese", slots: ["lunch", "dinner"], prep: 10, cook: 35, serves: 4,
    lines: [["olive-oil", 1, "tbsp"], ["onion", 1, "piece"], ["carrot", 1, "piece"], ["celery", 1, "stalk"], ["garlic", 2, "clove"], ["mushrooms", 250, "g"], ["green-lentils", 150, "g"], ["chopped-tomatoes", 1, "can"], ["tomato-paste", 1, "tbsp"], ["vegetable-stock", 500, "ml"], ["dried-oregano", 1, "tsp"], ["pasta", 300, "g", "spaghetti"]],
    steps: ["Soften the onion, carrot and celery in oil; add garlic and chopped mushrooms for 5 minutes.", "Add lentils, tomatoes, paste, stock and oregano and simmer 30 minutes.", "Serve over spaghetti."],
  }),
  recipe({
    id: "thai-red-tofu-curry", name: "Thai red curry with tofu & vegetables", slots: ["lunch", "dinner"], prep: 10, cook: 20, serves: 3,
    lines: [["firm-tofu", 300, "g"], ["thai-curry-paste", 2, "tbsp"], ["light-coconut-milk", 1, "can"], ["bell-pepper", 1, "piece"], ["green-beans", 150, "g"], ["courgette", 1, "piece"], ["vegetable-oil", 1, "tbsp"], ["lime-juice", 1, "tbsp"], ["basil", 10, "leaf"], ["white-rice", 200, "g"], ["tamari", 1, "tbsp"]],
    steps: ["Cook the rice; fry tofu cubes in the oil and set aside.", "Fry the paste for a minute, add coconut milk and vegetables and simmer 8 minutes.", "Return the tofu, season with tamari and lime and scatter with basil."],
  }),
  recipe({
    id: "black-bean-tacos-mango-salsa", name: "Black bean tacos with mango salsa", slots: ["lunch", "dinner"], prep: 15, cook: 10, serves: 2,
    lines: [["black-beans", 1, "can"], ["ground-cumin", 1, "tsp"], ["smoked-paprika", 0.5, "tsp"], ["olive-oil", 1, "tbsp"], ["corn-tortilla", 6, "piece"], ["mango", 1, "piece"], ["red-onion", 0.25, "piece"], ["lime-juice", 1, "tbsp"], ["coriander", 10, "g"], ["avocado", 0.5, "piece"], ["red-cabbage", 60, "g"]],
    steps: ["Warm the beans in the oil with the spices, mashing lightly.", "Mix diced mango, onion, lime and coriander for the salsa.", "Fill warm tortillas with beans, cabbage, avocado and salsa."],
  }),
  recipe({
    id: "sweet-potato-chickpea-tagine", name: "Sweet potato & chickpea tagine with couscous", slots: ["lunch", "dinner"], prep: 15, cook: 30, serves: 4,
    lines: [["olive-oil", 1, "tbsp"], ["onion", 1, "piece"], ["garlic", 2, "clove"], ["ground-cumin", 1, "tsp"], ["cinnamon", 0.5, "tsp"], ["harissa", 1, "tbsp"], ["sweet-potato", 2, "piece"], ["chickpeas", 1, "can"], ["chopped-tomatoes", 1, "can"], ["vegetable-stock", 300, "ml"], ["dried-apricots", 8, "piece"], ["couscous", 240, "g"], ["coriander", 10, "g"]],
    steps: ["Soften the onion in the oil; add garlic, spices and harissa.", "Add sweet potato, chickpeas, tomatoes, stock and apricots and simmer 25 minutes.", "Serve over couscous soaked in boiling water, with coriander."],
  }),
  recipe({
    id: "teriyaki-tempeh-rice-bowl", name: "Teriyaki tempeh rice bowl", slots: ["lunch", "dinner"], prep: 10, cook: 20, serves: 2,
    lines: [["tempeh", 200, "g"], ["soy-sauce", 2, "tbsp"], ["maple-syrup", 1, "tbsp"], ["rice-vinegar", 1, "tbsp"], ["ginger", 1, "tsp"], ["vegetable-oil", 1, "tbsp"], ["brown-rice", 130, "g"], ["broccoli", 150, "g"], ["carrot", 1, "piece"], ["sesame-seeds", 1, "tsp"]],
    steps: ["Cook the rice; steam the broccoli.", "Fry sliced tempeh in the oil until golden; add soy, maple, vinegar and ginger and reduce to a glaze.", "Serve over rice with broccoli, grated carrot and sesame."],
  }),
  recipe({
    id: "ratatouille-white-beans", name: "Ratatouille with white beans & crusty bread", slots: ["lunch", "dinner"], prep: 15, cook: 35, serves: 4,
    lines: [["olive-oil", 2, "tbsp"], ["onion", 1, "piece"], ["aubergine", 1, "piece"], ["courgette", 2, "piece"], ["bell-pepper", 2, "piece"], ["garlic", 3, "clove"], ["chopped-tomatoes", 1, "can"], ["mixed-herbs", 1, "tsp"], ["cannellini-beans", 2, "can"], ["basil", 10, "leaf"], ["sourdough-bread", 4, "slice"]],
    steps: ["Soften the onion in the oil, then add aubergine, courgette and pepper for 10 minutes.", "Add garlic, tomatoes and herbs and simmer 20 minutes; stir in the beans.", "Finish with basil and serve with bread."],
  }),
  recipe({
    id: "jollof-rice-with-beans", name: "Jollof rice with kidney beans", slots: ["lunch", "dinner"], prep: 10, cook: 35, serves: 4,
    lines: [["vegetable-oil", 2, "tbsp"], ["onion", 1, "piece"], ["bell-pepper", 2, "piece"], ["red-chilli", 1, "piece"], ["tomato-paste", 2, "tbsp"], ["chopped-tomatoes", 1, "can"], ["white-rice", 280, "g"], ["vegetable-stock", 600, "ml"], ["curry-powder", 1, "tsp"], ["dried-thyme", 1, "tsp"], ["bay-leaf", 2, "leaf"], ["kidney-beans", 1, "can"]],
    steps: ["Blend half the onion with the peppers, chilli and tomatoes.", "Fry the rest of the onion in oil with tomato paste, then add the blend and cook down 10 minutes.", "Add rice, stock, spices, bay and beans; cover and cook on low 25 minutes."],
  }),
  recipe({
    id: "penne-arrabbiata-white-beans", name: "Penne arrabbiata with white beans", slots: ["lunch", "dinner"], prep: 5, cook: 20, serves: 3,
    lines: [["pasta", 240, "g", "penne"], ["olive-oil", 1.5, "tbsp"], ["garlic", 3, "clove"], ["chilli-flakes", 1, "tsp"], ["chopped-tomatoes", 1, "can"], ["cannellini-beans", 1, "can"], ["basil", 10, "leaf"], ["nutritional-yeast", 2, "tbsp"]],
    steps: ["Cook the penne.", "Sizzle garlic and chilli in oil, add tomatoes and simmer 10 minutes; add the beans.", "Toss with pasta, basil and nutritional yeast."],
  }),
  recipe({
    id: "coconut-chickpea-sweet-potato-stew", name: "Coconut, sweet potato & chickpea stew", slots: ["lunch", "dinner"], prep: 10, cook: 25, serves: 4,
    lines: [["coconut-oil", 1, "tbsp"], ["onion", 1, "piece"], ["garlic", 2, "clove"], ["ginger", 1, "tbsp"], ["turmeric", 1, "tsp"], ["ground-cumin", 1, "tsp"], ["sweet-potato", 2, "piece"], ["chickpeas", 2, "can"], ["light-coconut-milk", 1, "can"], ["vegetable-stock", 300, "ml"], ["kale", 100, "g"], ["lime-juice", 1, "tbsp"], ["brown-rice", 200, "g"]],
    steps: ["Cook the rice. Soften the onion, garlic and ginger in the oil with the spices.", "Add sweet potato, chickpeas, coconut milk and stock and simmer 20 minutes.", "Stir in the kale and lime and serve with rice."],
  }),
  recipe({
    id: "peanut-tempeh-noodle-stir-fry", name: "Peanut tempeh noodle stir-fry", slots: ["lunch", "dinner"], prep: 10, cook: 12, serves: 2,
    lines: [["rice-noodles", 140, "g"], ["tempeh", 150, "g"], ["vegetable-oil", 1, "tbsp"], ["pak-choi", 2, "piece"], ["bell-pepper", 1, "piece"], ["peanut-butter", 2, "tbsp"], ["tamari", 1.5, "tbsp"], ["lime-juice", 1, "tbsp"], ["sriracha", 1, "tsp"], ["spring-onion", 2, "piece"]],
    steps: ["Soak the noodles; fry cubed tempeh in the oil until golden.", "Add pepper and pak choi and stir-fry 3 minutes.", "Whisk peanut butter, tamari, lime and sriracha with hot water, toss everything with the noodles and top with spring onion."],
  }),

  // ── vegetarian ──────────────────────────────────────────────────────────
  recipe({
    id: "egg-fried-rice-peas", name: "Egg fried rice with peas & spring onion", slots: ["lunch", "dinner"], prep: 5, cook: 12, serves: 2,
    lines: [["white-rice", 150, "g", "raw weight, cooked the day before and cooled"], ["egg", 3, "piece"], ["peas", 120, "g"], ["spring-onion", 3, "piece"], ["garlic", 1, "clove"], ["vegetable-oil", 1, "tbsp"], ["soy-sauce", 2, "tbsp"], ["sesame-oil", 1, "tsp"]],
    steps: ["Stir-fry garlic and peas in the oil for 2 minutes.", "Add the rice and fry until hot; push aside and scramble the eggs.", "Toss with soy, sesame oil and spring onion."],
  }),
  recipe({
    id: "halloumi-fajitas", name: "Halloumi fajitas", slots: ["lunch", "dinner"], prep: 10, cook: 12, serves: 2,
    lines: [["halloumi", 150, "g"], ["bell-pepper", 2, "piece"], ["red-onion", 1, "piece"], ["olive-oil", 1, "tbsp"], ["smoked-paprika", 1, "tsp"], ["ground-cumin", 1, "tsp"], ["flour-tortilla", 4, "piece"], ["greek-yogurt", 4, "tbsp"], ["salsa", 4, "tbsp"], ["lime", 0.5, "piece"]],
    steps: ["Fry the sliced peppers and onion in oil with the spices for 8 minutes.", "Fry the halloumi strips until golden.", "Fill warm tortillas with veg, halloumi, yogurt and salsa; squeeze over lime."],
  }),
  recipe({
    id: "palak-paneer-rice", name: "Palak paneer with rice", slots: ["lunch", "dinner"], prep: 10, cook: 25, serves: 3,
    lines: [["paneer", 225, "g"], ["spinach", 400, "g"], ["onion", 1, "piece"], ["garlic", 3, "clove"], ["ginger", 1, "tbsp"], ["garam-masala", 1, "tsp"], ["ground-cumin", 1, "tsp"], ["vegetable-oil", 1, "tbsp"], ["natural-yogurt", 80, "g"], ["basmati-rice", 180, "g"]],
    steps: ["Wilt the spinach and blend to a purée; cook the rice.", "Fry the onion, garlic, ginger and spices in the oil; add the spinach and simmer 5 minutes.", "Stir in the yogurt and cubed paneer and warm through."],
  }),
  recipe({
    id: "mushroom-risotto", name: "Mushroom & parmesan risotto", slots: ["lunch", "dinner"], prep: 10, cook: 30, serves: 3,
    lines: [["arborio-rice", 240, "g"], ["mushrooms", 300, "g"], ["onion", 1, "piece"], ["garlic", 2, "clove"], ["olive-oil", 1, "tbsp"], ["butter", 20, "g"], ["vegetable-stock", 1000, "ml"], ["parmesan", 40, "g"], ["parsley", 10, "g"], ["dried-thyme", 0.5, "tsp"]],
    steps: ["Fry the mushrooms in oil until golden and set aside.", "Soften the onion and garlic in butter, add rice and thyme, then add hot stock a ladle at a time for 20 minutes.", "Stir in mushrooms, parmesan and parsley."],
  }),
  recipe({
    id: "pasta-primavera", name: "Pasta primavera", slots: ["lunch", "dinner"], prep: 10, cook: 15, serves: 3,
    lines: [["pasta", 240, "g"], ["asparagus", 150, "g"], ["peas", 150, "g"], ["courgette", 1, "piece"], ["garlic", 2, "clove"], ["olive-oil", 1.5, "tbsp"], ["lemon", 0.5, "piece"], ["parmesan", 40, "g"], ["ricotta", 100, "g"], ["basil", 8, "leaf"]],
    steps: ["Cook the pasta, adding asparagus and peas for the last 3 minutes.", "Sauté courgette and garlic in the oil.", "Toss everything with lemon zest and juice, ricotta, parmesan and basil, loosening with pasta water."],
  }),
  recipe({
    id: "black-bean-burgers", name: "Black bean burgers with slaw", slots: ["lunch", "dinner"], prep: 15, cook: 15, serves: 4,
    lines: [["black-beans", 2, "can"], ["breadcrumbs", 60, "g"], ["egg", 1, "piece"], ["red-onion", 0.5, "piece"], ["ground-cumin", 1, "tsp"], ["smoked-paprika", 1, "tsp"], ["olive-oil", 1, "tbsp"], ["burger-bun", 4, "piece"], ["cabbage", 150, "g"], ["carrot", 1, "piece"], ["greek-yogurt", 4, "tbsp"], ["tomato", 1, "piece"]],
    steps: ["Mash the beans with breadcrumbs, egg, onion and spices; shape four patties.", "Fry in the oil 4 minutes a side.", "Toss shredded cabbage and carrot with yogurt; serve the burgers in buns with tomato and slaw."],
  }),
  recipe({
    id: "cheesy-bean-quesadillas", name: "Cheesy bean & sweetcorn quesadillas", slots: ["lunch", "dinner"], prep: 8, cook: 10, serves: 2,
    lines: [["flour-tortilla", 4, "piece"], ["kidney-beans", 0.5, "can"], ["sweetcorn", 80, "g"], ["cheddar", 70, "g"], ["spring-onion", 2, "piece"], ["ground-cumin", 0.5, "tsp"], ["salsa", 4, "tbsp"], ["mixed-salad-leaves", 60, "g"]],
    steps: ["Mash the beans with cumin; stir in corn and spring onion.", "Spread on two tortillas, top with cheese and the other tortillas.", "Toast in a dry pan 3 minutes a side; cut and serve with salsa and salad."],
  }),
  recipe({
    id: "gigantes-plaki-feta", name: "Greek baked giant beans with feta", slots: ["lunch", "dinner"], prep: 10, cook: 35, serves: 3,
    lines: [["butter-beans", 2, "can"], ["olive-oil", 2, "tbsp"], ["onion", 1, "piece"], ["garlic", 2, "clove"], ["chopped-tomatoes", 1, "can"], ["dried-oregano", 1, "tsp"], ["dill", 5, "g"], ["feta", 100, "g"], ["pitta-bread", 3, "piece"]],
    steps: ["Soften the onion and garlic in oil; add tomatoes and oregano and simmer 10 minutes.", "Stir in the beans, pour into a dish and crumble over feta.", "Bake at 200 °C for 20 minutes; scatter dill and serve with pitta."],
  }),
  recipe({
    id: "margherita-tortilla-pizza", name: "Margherita tortilla pizza", slots: ["lunch", "dinner"], prep: 5, cook: 10, serves: 1,
    lines: [["flour-tortilla", 2, "piece"], ["passata", 4, "tbsp"], ["mozzarella", 0.5, "piece"], ["cherry-tomatoes", 4, "piece"], ["basil", 5, "leaf"], ["olive-oil", 1, "tsp"], ["dried-oregano", 0.25, "tsp"], ["rocket", 20, "g"]],
    steps: ["Heat the oven to 220 °C.", "Spread the tortillas with passata and oregano, top with torn mozzarella and tomatoes.", "Bake 8–10 minutes, drizzle with oil and top with basil and rocket."],
  }),
  recipe({
    id: "spinach-ricotta-lemon-pasta", name: "Spinach & ricotta pasta with lemon", slots: ["lunch", "dinner"], prep: 5, cook: 12, serves: 2,
    lines: [["pasta", 160, "g"], ["spinach", 150, "g"], ["ricotta", 125, "g"], ["parmesan", 20, "g"], ["garlic", 1, "clove"], ["olive-oil", 1, "tbsp"], ["lemon", 0.5, "piece"], taste("black-pepper")],
    steps: ["Cook the pasta.", "Wilt the spinach with garlic in the oil.", "Toss with pasta, ricotta, parmesan, lemon zest and juice and a splash of pasta water."],
  }),

  // ── pescatarian ─────────────────────────────────────────────────────────
  recipe({
    id: "salmon-teriyaki-rice", name: "Salmon teriyaki with rice & greens", slots: ["lunch", "dinner"], prep: 5, cook: 15, serves: 2,
    lines: [["salmon-fillet", 2, "piece"], ["soy-sauce", 2, "tbsp"], ["honey", 1, "tbsp"], ["ginger", 1, "tsp"], ["garlic", 1, "clove"], ["white-rice", 130, "g"], ["tenderstem-broccoli", 150, "g"], ["sesame-seeds", 1, "tsp"]],
    steps: ["Cook the rice and steam the broccoli.", "Mix soy, honey, ginger and garlic; roast the salmon at 200 °C for 10 minutes, basting with the glaze.", "Serve with rice and broccoli, sprinkled with sesame."],
  }),
  recipe({
    id: "prawn-laksa", name: "Prawn laksa", slots: ["lunch", "dinner"], prep: 10, cook: 15, serves: 2,
    lines: [["prawns", 200, "g"], ["thai-curry-paste", 2, "tbsp"], ["light-coconut-milk", 1, "can"], ["vegetable-stock", 300, "ml"], ["rice-noodles", 120, "g"], ["bean-sprouts", 80, "g"], ["pak-choi", 1, "piece"], ["fish-sauce", 1, "tbsp"], ["lime-juice", 1, "tbsp"], ["coriander", 5, "g"]],
    steps: ["Fry the paste for a minute, add coconut milk and stock and simmer 5 minutes.", "Add pak choi and prawns for 3 minutes; season with fish sauce and lime.", "Pour over soaked noodles and top with sprouts and coriander."],
  }),
  recipe({
    id: "fish-tacos-lime-slaw", name: "Fish tacos with lime slaw", slots: ["lunch", "dinner"], prep: 15, cook: 10, serves: 2,
    lines: [["cod-fillet", 2, "piece"], ["smoked-paprika", 1, "tsp"], ["ground-cumin", 0.5, "tsp"], ["olive-oil", 1, "tbsp"], ["corn-tortilla", 6, "piece"], ["red-cabbage", 120, "g"], ["greek-yogurt", 4, "tbsp"], ["lime-juice", 2, "tbsp"], ["avocado", 0.5, "piece"], ["coriander", 5, "g"]],
    steps: ["Rub the cod with spices and oil and pan-fry 3 minutes a side; flake.", "Toss the cabbage with half the lime; mix the yogurt with the rest.", "Fill warm tortillas with fish, slaw, avocado, lime yogurt and coriander."],
  }),
  recipe({
    id: "sesame-tuna-soba", name: "Seared sesame tuna with soba noodles", slots: ["lunch", "dinner"], prep: 10, cook: 8, serves: 2,
    lines: [["tuna-steak", 2, "piece"], ["sesame-seeds", 2, "tbsp"], ["soba-noodles", 140, "g"], ["edamame", 100, "g"], ["cucumber", 100, "g"], ["soy-sauce", 2, "tbsp"], ["rice-vinegar", 1, "tbsp"], ["sesame-oil", 1, "tbsp"], ["spring-onion", 2, "piece"]],
    steps: ["Cook the soba and edamame and rinse cold.", "Coat the tuna in sesame and sear 1 minute a side; slice.", "Toss noodles with soy, vinegar, sesame oil, cucumber and spring onion; top with tuna."],
  }),
  recipe({
    id: "garlic-prawn-noodle-stir-fry", name: "Garlic prawn noodle stir-fry", slots: ["lunch", "dinner"], prep: 10, cook: 10, serves: 2,
    lines: [["egg-noodles", 140, "g"], ["prawns", 220, "g"], ["vegetable-oil", 1, "tbsp"], ["garlic", 3, "clove"], ["ginger", 1, "tsp"], ["bell-pepper", 1, "piece"], ["pak-choi", 2, "piece"], ["soy-sauce", 2, "tbsp"], ["sriracha", 1, "tsp"], ["spring-onion", 2, "piece"]],
    steps: ["Cook the noodles.", "Stir-fry garlic, ginger and prawns in the oil for 2 minutes; add pepper and pak choi.", "Toss in the noodles with soy and sriracha and finish with spring onion."],
  }),
  recipe({
    id: "salmon-broccoli-pasta", name: "Creamy salmon & broccoli pasta", slots: ["lunch", "dinner"], prep: 5, cook: 15, serves: 3,
    lines: [["pasta", 240, "g"], ["salmon-fillet", 2, "piece"], ["broccoli", 200, "g"], ["cream-cheese", 80, "g"], ["lemon", 0.5, "piece"], ["garlic", 1, "clove"], ["dill", 5, "g"], taste("black-pepper")],
    steps: ["Roast the salmon at 200 °C for 12 minutes; cook the pasta, adding broccoli for the last 4 minutes.", "Melt the cream cheese with garlic, lemon and a ladle of pasta water.", "Toss with pasta, broccoli, flaked salmon and dill."],
  }),
  recipe({
    id: "prawn-pea-risotto", name: "Prawn, pea & lemon risotto", slots: ["lunch", "dinner"], prep: 10, cook: 30, serves: 3,
    lines: [["arborio-rice", 240, "g"], ["prawns", 250, "g"], ["peas", 150, "g"], ["onion", 1, "piece"], ["garlic", 1, "clove"], ["olive-oil", 1, "tbsp"], ["butter", 15, "g"], ["vegetable-stock", 1000, "ml"], ["lemon", 1, "piece"], ["parsley", 10, "g"]],
    steps: ["Soften the onion and garlic in oil, add the rice and then hot stock a ladle at a time for 18 minutes.", "Add peas and prawns for the last 4 minutes.", "Finish with butter, lemon zest and juice and parsley."],
  }),
  recipe({
    id: "spaghetti-puttanesca", name: "Spaghetti puttanesca", slots: ["lunch", "dinner"], prep: 5, cook: 20, serves: 3,
    lines: [["pasta", 240, "g", "spaghetti"], ["olive-oil", 1.5, "tbsp"], ["garlic", 3, "clove"], ["anchovies", 4, "piece"], ["chilli-flakes", 0.5, "tsp"], ["chopped-tomatoes", 1, "can"], ["olives", 15, "piece"], ["capers", 1, "tbsp"], ["parsley", 10, "g"]],
    steps: ["Cook the spaghetti.", "Melt the anchovies and garlic in the oil with chilli; add tomatoes, olives and capers and simmer 10 minutes.", "Toss with the pasta and parsley."],
  }),
  recipe({
    id: "prawn-fried-rice", name: "Prawn fried rice", slots: ["lunch", "dinner"], prep: 10, cook: 12, serves: 2,
    lines: [["white-rice", 140, "g", "raw weight, cooked the day before and cooled"], ["prawns", 200, "g"], ["egg", 2, "piece"], ["peas", 80, "g"], ["carrot", 1, "piece"], ["spring-onion", 2, "piece"], ["vegetable-oil", 1, "tbsp"], ["tamari", 2, "tbsp"], ["sesame-oil", 1, "tsp"]],
    steps: ["Stir-fry the prawns in the oil until pink and remove.", "Fry carrot and peas, add the rice and fry until hot; scramble in the eggs.", "Return the prawns and toss with tamari, sesame oil and spring onion."],
  }),
  recipe({
    id: "tuna-sweetcorn-rice-bowl", name: "Spicy tuna & sweetcorn rice bowl", slots: ["lunch", "dinner"], prep: 10, cook: 15, serves: 2,
    lines: [["white-rice", 140, "g"], ["canned-tuna", 2, "can"], ["mayonnaise", 1, "tbsp"], ["sriracha", 2, "tsp"], ["sweetcorn", 100, "g"], ["cucumber", 100, "g"], ["avocado", 0.5, "piece"], ["tamari", 1, "tbsp"], ["sesame-seeds", 1, "tsp"]],
    steps: ["Cook the rice.", "Mix the tuna with mayonnaise and sriracha.", "Top the rice with tuna, corn, cucumber and avocado; drizzle with tamari and sprinkle sesame."],
  }),
  recipe({
    id: "cod-chickpea-tomato-stew", name: "Cod, chickpea & tomato stew", slots: ["lunch", "dinner"], prep: 10, cook: 20, serves: 3,
    lines: [["cod-fillet", 3, "piece"], ["olive-oil", 1, "tbsp"], ["onion", 1, "piece"], ["garlic", 2, "clove"], ["smoked-paprika", 1, "tsp"], ["chopped-tomatoes", 1, "can"], ["chickpeas", 1, "can"], ["spinach", 100, "g"], ["parsley", 10, "g"], ["sourdough-bread", 3, "slice"]],
    steps: ["Soften onion and garlic in oil with paprika; add tomatoes and chickpeas and simmer 10 minutes.", "Nestle in the cod, cover and cook 8 minutes; stir in the spinach.", "Scatter with parsley and serve with bread."],
  }),

  // ── omnivore ────────────────────────────────────────────────────────────
  recipe({
    id: "chicken-fajitas", name: "Chicken fajitas", slots: ["lunch", "dinner"], prep: 10, cook: 15, serves: 3,
    lines: [["chicken-breast", 3, "piece"], ["bell-pepper", 2, "piece"], ["red-onion", 1, "piece"], ["olive-oil", 1, "tbsp"], ["smoked-paprika", 1, "tsp"], ["ground-cumin", 1, "tsp"], ["chilli-powder", 0.5, "tsp"], ["flour-tortilla", 6, "piece"], ["salsa", 6, "tbsp"], ["greek-yogurt", 6, "tbsp"], ["lime", 1, "piece"]],
    steps: ["Toss sliced chicken, peppers and onion with oil and spices.", "Fry in a hot pan for 10–12 minutes until charred and cooked through.", "Serve in warm tortillas with salsa, yogurt and lime."],
  }),
  recipe({
    id: "chicken-burrito-bowl", name: "Chicken burrito bowl", slots: ["lunch", "dinner"], prep: 10, cook: 20, serves: 2,
    lines: [["chicken-breast", 2, "piece"], ["ground-cumin", 1, "tsp"], ["chilli-powder", 0.5, "tsp"], ["olive-oil", 1, "tbsp"], ["brown-rice", 120, "g"], ["black-beans", 0.5, "can"], ["sweetcorn", 80, "g"], ["salsa", 4, "tbsp"], ["avocado", 0.5, "piece"], ["lime-juice", 1, "tbsp"], ["coriander", 5, "g"]],
    steps: ["Cook the rice.", "Rub the chicken with spices and oil and grill 6 minutes a side; slice.", "Build bowls with rice, beans, corn, chicken, salsa, avocado, lime and coriander."],
  }),
  recipe({
    id: "teriyaki-chicken-rice-bowl", name: "Teriyaki chicken rice bowl", slots: ["lunch", "dinner"], prep: 10, cook: 15, serves: 2,
    lines: [["chicken-thigh", 3, "piece"], ["soy-sauce", 2, "tbsp"], ["honey", 1, "tbsp"], ["rice-vinegar", 1, "tsp"], ["ginger", 1, "tsp"], ["garlic", 1, "clove"], ["vegetable-oil", 1, "tsp"], ["white-rice", 130, "g"], ["broccoli", 150, "g"], ["spring-onion", 2, "piece"], ["sesame-seeds", 1, "tsp"]],
    steps: ["Cook the rice and steam the broccoli.", "Fry the chicken pieces in the oil for 8 minutes; add soy, honey, vinegar, ginger and garlic and reduce to a glaze.", "Serve over rice with broccoli, spring onion and sesame."],
  }),
  recipe({
    id: "chicken-veg-noodle-stir-fry", name: "Chicken & vegetable noodle stir-fry", slots: ["lunch", "dinner"], prep: 10, cook: 12, serves: 2,
    lines: [["egg-noodles", 130, "g"], ["chicken-breast", 2, "piece"], ["vegetable-oil", 1, "tbsp"], ["broccoli", 120, "g"], ["carrot", 1, "piece"], ["bell-pepper", 1, "piece"], ["garlic", 2, "clove"], ["ginger", 1, "tsp"], ["soy-sauce", 2, "tbsp"], ["sesame-oil", 1, "tsp"]],
    steps: ["Cook the noodles.", "Stir-fry sliced chicken in the oil for 5 minutes; add vegetables, garlic and ginger for 4 minutes.", "Toss with noodles, soy and sesame oil."],
  }),
  recipe({
    id: "spaghetti-bolognese", name: "Spaghetti bolognese", slots: ["lunch", "dinner"], prep: 10, cook: 40, serves: 4,
    lines: [["lean-beef-mince", 500, "g"], ["olive-oil", 1, "tbsp"], ["onion", 1, "piece"], ["carrot", 1, "piece"], ["celery", 1, "stalk"], ["garlic", 2, "clove"], ["chopped-tomatoes", 1, "can"], ["tomato-paste", 2, "tbsp"], ["dried-oregano", 1, "tsp"], ["pasta", 300, "g", "spaghetti"], ["parmesan", 20, "g"]],
    steps: ["Soften the onion, carrot and celery in the oil; add garlic.", "Brown the mince, then add tomatoes, paste, oregano and a splash of water and simmer 30 minutes.", "Serve over spaghetti with parmesan."],
  }),
  recipe({
    id: "chilli-con-carne-rice", name: "Chilli con carne with rice", slots: ["lunch", "dinner"], prep: 10, cook: 40, serves: 4,
    lines: [["lean-beef-mince", 500, "g"], ["olive-oil", 1, "tbsp"], ["onion", 1, "piece"], ["bell-pepper", 1, "piece"], ["garlic", 2, "clove"], ["chilli-powder", 1, "tsp"], ["ground-cumin", 2, "tsp"], ["chopped-tomatoes", 1, "can"], ["kidney-beans", 1, "can"], ["tomato-paste", 1, "tbsp"], ["white-rice", 240, "g"], ["sour-cream", 4, "tbsp"]],
    steps: ["Soften onion and pepper in oil; add garlic and spices.", "Brown the mince, add tomatoes, paste and beans and simmer 30 minutes.", "Serve with rice and soured cream."],
  }),
  recipe({
    id: "beef-broccoli-stir-fry", name: "Beef & broccoli stir-fry", slots: ["lunch", "dinner"], prep: 10, cook: 10, serves: 2,
    lines: [["sirloin-steak", 1.25, "piece", "thinly sliced"], ["broccoli", 250, "g"], ["vegetable-oil", 1, "tbsp"], ["garlic", 2, "clove"], ["ginger", 1, "tsp"], ["soy-sauce", 2, "tbsp"], ["brown-sugar", 1, "tsp"], ["cornflour", 1, "tsp"], ["white-rice", 130, "g"]],
    steps: ["Cook the rice.", "Sear the beef in the oil for 2 minutes and remove; stir-fry the broccoli with garlic and ginger.", "Return the beef with soy, sugar and cornflour mixed with water; toss until glossy."],
  }),
  recipe({
    id: "pork-veg-fried-rice", name: "Pork & vegetable fried rice", slots: ["lunch", "dinner"], prep: 10, cook: 12, serves: 2,
    lines: [["pork-loin", 1, "piece", "diced"], ["white-rice", 140, "g", "raw weight, cooked the day before and cooled"], ["egg", 2, "piece"], ["peas", 80, "g"], ["carrot", 1, "piece"], ["spring-onion", 2, "piece"], ["vegetable-oil", 1, "tbsp"], ["soy-sauce", 2, "tbsp"], ["five-spice", 0.5, "tsp"]],
    steps: ["Stir-fry the pork with five-spice in the oil for 5 minutes.", "Add carrot, peas and rice and fry until hot; scramble in the eggs.", "Season with soy and top with spring onion."],
  }),
  recipe({
    id: "chicken-chorizo-paella", name: "Chicken & chorizo paella", slots: ["lunch", "dinner"], prep: 10, cook: 30, serves: 4,
    lines: [["chicken-thigh", 4, "piece"], ["chorizo", 80, "g"], ["olive-oil", 1, "tbsp"], ["onion", 1, "piece"], ["bell-pepper", 1, "piece"], ["garlic", 2, "clove"], ["smoked-paprika", 1, "tsp"], ["turmeric", 0.5, "tsp"], ["arborio-rice", 250, "g"], ["chicken-stock", 800, "ml"], ["chopped-tomatoes", 0.5, "can"], ["peas", 100, "g"], ["lemon", 1, "piece"]],
    steps: ["Brown the chicken and chorizo in the oil; add onion, pepper and garlic.", "Stir in the spices and rice, then tomatoes and stock; simmer 20 minutes without stirring.", "Scatter peas over for the last 5 minutes and serve with lemon."],
  }),
  recipe({
    id: "turkey-meatballs-spaghetti", name: "Turkey meatballs in tomato sauce with spaghetti", slots: ["lunch", "dinner"], prep: 15, cook: 25, serves: 4,
    lines: [["turkey-mince", 500, "g"], ["breadcrumbs", 40, "g"], ["egg", 1, "piece"], ["parmesan", 30, "g"], ["garlic", 2, "clove"], ["olive-oil", 1, "tbsp"], ["passata", 500, "ml"], ["basil", 10, "leaf"], ["pasta", 280, "g", "spaghetti"]],
    steps: ["Mix turkey, breadcrumbs, egg, half the parmesan and garlic; roll into 20 balls.", "Brown in the oil, add passata and simmer 15 minutes.", "Serve over spaghetti with basil and the remaining parmesan."],
  }),
  recipe({
    id: "jerk-chicken-rice-peas", name: "Jerk-spiced chicken with rice & peas", slots: ["lunch", "dinner"], prep: 10, cook: 30, serves: 4,
    lines: [["chicken-thigh", 6, "piece"], ["olive-oil", 1, "tbsp"], ["lime-juice", 2, "tbsp"], ["dried-thyme", 1, "tsp"], ["cinnamon", 0.5, "tsp"], ["chilli-powder", 1, "tsp"], ["brown-sugar", 1, "tsp"], ["garlic", 2, "clove"], ["white-rice", 240, "g"], ["kidney-beans", 1, "can"], ["light-coconut-milk", 200, "ml"], ["spring-onion", 3, "piece"]],
    steps: ["Rub the chicken with oil, lime, spices, sugar and garlic; roast at 200 °C for 25 minutes.", "Simmer the rice with beans, coconut milk, 350 ml water and spring onion until tender.", "Serve together."],
  }),
  recipe({
    id: "lemon-herb-chicken-quinoa", name: "Lemon & herb chicken with quinoa & roasted veg", slots: ["lunch", "dinner"], prep: 10, cook: 25, serves: 2,
    lines: [["chicken-breast", 2, "piece"], ["lemon", 1, "piece"], ["garlic", 2, "clove"], ["dried-oregano", 1, "tsp"], ["olive-oil", 1.5, "tbsp"], ["quinoa", 100, "g"], ["courgette", 1, "piece"], ["cherry-tomatoes", 10, "piece"], ["red-onion", 1, "piece"], ["parsley", 10, "g"]],
    steps: ["Marinate the chicken in lemon, garlic, oregano and half the oil.", "Roast with the vegetables and remaining oil at 200 °C for 25 minutes; cook the quinoa.", "Slice the chicken and serve with quinoa, veg and parsley."],
  }),
  recipe({
    id: "korean-beef-rice-bowl", name: "Korean gochujang beef rice bowl", slots: ["lunch", "dinner"], prep: 10, cook: 12, serves: 3,
    lines: [["lean-beef-mince", 400, "g"], ["gochujang", 2, "tbsp"], ["soy-sauce", 1, "tbsp"], ["brown-sugar", 1, "tsp"], ["garlic", 2, "clove"], ["ginger", 1, "tsp"], ["sesame-oil", 1, "tsp"], ["white-rice", 200, "g"], ["cucumber", 150, "g"], ["carrot", 1, "piece"], ["spring-onion", 2, "piece"], ["egg", 3, "piece"]],
    steps: ["Cook the rice.", "Brown the beef with garlic and ginger; stir in gochujang, soy, sugar and sesame oil.", "Serve over rice with cucumber, carrot, spring onion and a fried egg."],
  }),
  recipe({
    id: "thai-basil-chicken-egg", name: "Thai basil chicken with rice & fried egg", slots: ["lunch", "dinner"], prep: 10, cook: 10, serves: 2,
    lines: [["chicken-thigh", 3, "piece", "chopped"], ["vegetable-oil", 1, "tbsp"], ["garlic", 3, "clove"], ["red-chilli", 1, "piece"], ["fish-sauce", 1, "tbsp"], ["soy-sauce", 1, "tbsp"], ["brown-sugar", 1, "tsp"], ["basil", 15, "leaf"], ["green-beans", 100, "g"], ["white-rice", 130, "g"], ["egg", 2, "piece"]],
    steps: ["Cook the rice.", "Stir-fry garlic and chilli in the oil, add the chicken and beans for 6 minutes; season with fish sauce, soy and sugar and stir in the basil.", "Serve with rice and a crispy fried egg."],
  }),
  recipe({
    id: "pork-carnitas-tacos", name: "Quick pork carnitas tacos", slots: ["lunch", "dinner"], prep: 10, cook: 15, serves: 3,
    lines: [["pork-loin", 3, "piece", "diced small"], ["olive-oil", 1, "tbsp"], ["ground-cumin", 1, "tsp"], ["dried-oregano", 1, "tsp"], ["orange-juice", 60, "ml"], ["lime-juice", 1, "tbsp"], ["corn-tortilla", 9, "piece"], ["red-onion", 0.5, "piece"], ["coriander", 10, "g"], ["salsa", 6, "tbsp"], ["cabbage", 100, "g"]],
    steps: ["Fry the pork in the oil with cumin and oregano until crisp at the edges.", "Add orange and lime juice and reduce until sticky.", "Serve in warm tortillas with onion, cabbage, coriander and salsa."],
  }),
  recipe({
    id: "chicken-pesto-pasta", name: "Chicken pesto pasta with tomatoes", slots: ["lunch", "dinner"], prep: 5, cook: 15, serves: 3,
    lines: [["pasta", 240, "g"], ["chicken-breast", 2, "piece"], ["olive-oil", 1, "tsp"], ["pesto", 3, "tbsp"], ["cherry-tomatoes", 15, "piece"], ["spinach", 80, "g"], ["parmesan", 15, "g"]],
    steps: ["Cook the pasta.", "Fry diced chicken in the oil for 7 minutes; add tomatoes and spinach.", "Toss with pasta, pesto and a splash of pasta water; top with parmesan."],
  }),
  recipe({
    id: "lamb-kofta-couscous", name: "Lamb kofta with couscous & minted yogurt", slots: ["lunch", "dinner"], prep: 15, cook: 12, serves: 4,
    lines: [["lamb-mince", 400, "g"], ["onion", 0.5, "piece"], ["garlic", 2, "clove"], ["ground-cumin", 1, "tsp"], ["ground-coriander", 1, "tsp"], ["parsley", 10, "g"], ["couscous", 200, "g"], ["vegetable-stock", 300, "ml"], ["greek-yogurt", 150, "g"], ["mint", 5, "g"], ["cucumber", 150, "g"], ["tomato", 2, "piece"]],
    steps: ["Mix lamb, grated onion, garlic, spices and parsley; shape 12 koftas and grill 10–12 minutes.", "Pour the hot stock over the couscous and fluff after 5 minutes.", "Serve with a cucumber-tomato salad and mint yogurt."],
  }),
  recipe({
    id: "sausage-bean-casserole", name: "Sausage & bean casserole", slots: ["lunch", "dinner"], prep: 10, cook: 35, serves: 4,
    lines: [["pork-sausages", 8, "piece"], ["olive-oil", 1, "tsp"], ["onion", 1, "piece"], ["carrot", 2, "piece"], ["garlic", 2, "clove"], ["smoked-paprika", 1, "tsp"], ["chopped-tomatoes", 1, "can"], ["cannellini-beans", 1, "can"], ["chicken-stock", 200, "ml"], ["dried-thyme", 1, "tsp"], ["spinach", 100, "g"]],
    steps: ["Brown the sausages in the oil and set aside.", "Soften the onion and carrot; add garlic and paprika, then tomatoes, beans, stock and thyme.", "Return the sausages and simmer 25 minutes; stir in the spinach."],
  }),
  recipe({
    id: "cajun-chicken-rice-beans", name: "Cajun chicken with rice & beans", slots: ["lunch", "dinner"], prep: 10, cook: 25, serves: 3,
    lines: [["chicken-breast", 3, "piece"], ["paprika", 2, "tsp"], ["garlic-powder", 1, "tsp"], ["dried-thyme", 1, "tsp"], ["chilli-powder", 0.5, "tsp"], ["olive-oil", 1, "tbsp"], ["white-rice", 180, "g"], ["kidney-beans", 1, "can"], ["bell-pepper", 1, "piece"], ["onion", 1, "piece"], ["chicken-stock", 400, "ml"]],
    steps: ["Rub the chicken with the spices and pan-fry in half the oil 6 minutes a side.", "Fry onion and pepper in the rest of the oil, add rice, beans and stock and simmer covered 18 minutes.", "Slice the chicken over the rice."],
  }),
];
