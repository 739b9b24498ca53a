import type { RecipeSource } from "@/lib/nutrition/compute-recipe-nutrition";

import { recipe, taste } from "./dsl";

export const LUNCH_RECIPES: RecipeSource[] = [
  // ── vegan ───────────────────────────────────────────────────────────────
  recipe({
    id: "chickpea-avocado-smash-sandwich", name: "Chickpea & avocado smash sandwich", slots: ["lunch"], prep: 10, cook: 0, serves: 2,
    lines: [["chickpeas", 1, "can"], ["avocado", 1, "piece"], ["lemon-juice", 1, "tbsp"], ["red-onion", 0.25, "piece"], ["wholemeal-bread", 4, "slice"], ["rocket", 30, "g"], taste("salt"), taste("black-pepper")],
    steps: ["Roughly mash the chickpeas and avocado with lemon, finely chopped onion and seasoning.", "Pile onto two slices of bread with rocket and top with the rest."],
  }),
  recipe({
    id: "baked-falafel-pitta-tahini", name: "Baked falafel pitta with tahini sauce", slots: ["lunch"], prep: 15, cook: 20, serves: 2,
    lines: [["chickpeas", 1, "can"], ["onion", 0.5, "piece"], ["garlic", 1, "clove"], ["parsley", 15, "g"], ["ground-cumin", 1, "tsp"], ["plain-flour", 2, "tbsp"], ["olive-oil", 1, "tbsp"], ["pitta-bread", 2, "piece"], ["tahini", 1.5, "tbsp"], ["lemon-juice", 1, "tbsp"], ["tomato", 1, "piece"], ["cucumber", 80, "g"]],
    steps: ["Pulse the chickpeas, onion, garlic, parsley, cumin and flour; shape 10 patties.", "Brush with oil and bake at 200 °C for 20 minutes, turning once.", "Stuff the pittas with falafel, salad and tahini thinned with lemon and water."],
  }),
  recipe({
    id: "quinoa-chickpea-tabbouleh", name: "Quinoa & chickpea tabbouleh", slots: ["lunch"], prep: 15, cook: 15, serves: 2,
    lines: [["quinoa", 100, "g"], ["chickpeas", 0.5, "can"], ["parsley", 30, "g"], ["mint", 10, "g"], ["tomato", 2, "piece"], ["cucumber", 100, "g"], ["spring-onion", 2, "piece"], ["olive-oil", 1.5, "tbsp"], ["lemon-juice", 2, "tbsp"], taste("salt")],
    steps: ["Cook the quinoa for 15 minutes, drain and cool.", "Chop the herbs, tomato, cucumber and spring onion.", "Toss everything with oil, lemon and salt."],
  }),
  recipe({
    id: "red-lentil-carrot-soup", name: "Spiced red lentil & carrot soup", slots: ["lunch"], prep: 10, cook: 25, serves: 3,
    lines: [["red-lentils", 150, "g"], ["carrot", 3, "piece"], ["onion", 1, "piece"], ["garlic", 2, "clove"], ["ground-cumin", 1, "tsp"], ["olive-oil", 1, "tbsp"], ["vegetable-stock", 1000, "ml"], ["lemon-juice", 1, "tbsp"], ["gluten-free-bread", 3, "slice"]],
    steps: ["Soften the onion and carrot in the oil; add garlic and cumin.", "Add lentils and stock and simmer 20 minutes; blend.", "Season, add lemon and serve with gluten-free toast."],
  }),
  recipe({
    id: "minestrone-cannellini", name: "Minestrone with cannellini beans", slots: ["lunch"], prep: 15, cook: 30, serves: 4,
    lines: [["olive-oil", 1, "tbsp"], ["onion", 1, "piece"], ["carrot", 2, "piece"], ["celery", 2, "stalk"], ["garlic", 2, "clove"], ["chopped-tomatoes", 1, "can"], ["vegetable-stock", 1000, "ml"], ["cannellini-beans", 1, "can"], ["pasta", 120, "g", "small shapes"], ["kale", 80, "g"], ["ciabatta", 2, "piece"], taste("salt")],
    steps: ["Soften the onion, carrot and celery in oil for 10 minutes; add garlic.", "Add the tomatoes and stock and simmer 10 minutes.", "Add pasta, beans and kale and cook until the pasta is tender. Serve with ciabatta."],
  }),
  recipe({
    id: "tofu-banh-mi", name: "Crispy tofu banh mi", slots: ["lunch"], prep: 15, cook: 10, serves: 2,
    lines: [["firm-tofu", 200, "g"], ["soy-sauce", 1, "tbsp"], ["vegetable-oil", 1, "tbsp"], ["ciabatta", 2, "piece"], ["carrot", 1, "piece"], ["cucumber", 80, "g"], ["rice-vinegar", 2, "tbsp"], ["sugar", 1, "tsp"], ["coriander", 10, "g"], ["sriracha", 2, "tsp"]],
    steps: ["Quick-pickle the carrot ribbons in vinegar and sugar.", "Fry slices of tofu in oil until golden; glaze with soy.", "Fill the rolls with tofu, pickles, cucumber, coriander and sriracha."],
  }),
  recipe({
    id: "peanut-soba-noodle-salad", name: "Peanut soba noodle salad", slots: ["lunch"], prep: 15, cook: 5, serves: 2,
    lines: [["soba-noodles", 150, "g"], ["peanut-butter", 2, "tbsp"], ["soy-sauce", 1, "tbsp"], ["lime-juice", 1, "tbsp"], ["maple-syrup", 1, "tsp"], ["edamame", 100, "g"], ["carrot", 1, "piece"], ["red-cabbage", 80, "g"], ["spring-onion", 2, "piece"]],
    steps: ["Cook the soba and edamame; rinse in cold water.", "Whisk the peanut butter, soy, lime and maple with 2 tbsp warm water.", "Toss with the noodles and shredded vegetables."],
  }),
  recipe({
    id: "tahini-buddha-bowl", name: "Sweet potato & chickpea Buddha bowl", slots: ["lunch"], prep: 10, cook: 30, serves: 2,
    lines: [["brown-rice", 100, "g"], ["sweet-potato", 1, "piece"], ["chickpeas", 0.5, "can"], ["kale", 60, "g"], ["olive-oil", 1, "tbsp"], ["smoked-paprika", 1, "tsp"], ["tahini", 1.5, "tbsp"], ["lemon-juice", 1, "tbsp"], taste("salt")],
    steps: ["Cook the rice.", "Roast cubed sweet potato and chickpeas with oil and paprika at 200 °C for 25 minutes, adding the kale for the last 5.", "Serve over rice with tahini-lemon dressing."],
  }),
  recipe({
    id: "black-bean-burrito-bowl", name: "Black bean & sweet potato burrito bowl", slots: ["lunch"], prep: 10, cook: 25, serves: 2,
    lines: [["white-rice", 100, "g"], ["black-beans", 1, "can"], ["sweet-potato", 1, "piece"], ["sweetcorn", 80, "g"], ["olive-oil", 1, "tbsp"], ["ground-cumin", 1, "tsp"], ["salsa", 4, "tbsp"], ["avocado", 0.5, "piece"], ["lime-juice", 1, "tbsp"], ["coriander", 5, "g"]],
    steps: ["Cook the rice; roast cubed sweet potato with oil and cumin for 25 minutes.", "Warm the beans and corn.", "Build bowls with rice, beans, corn, potato, salsa, avocado, lime and coriander."],
  }),
  recipe({
    id: "roasted-veg-hummus-wrap", name: "Roasted veg & hummus wrap", slots: ["lunch"], prep: 10, cook: 25, serves: 2,
    lines: [["courgette", 1, "piece"], ["bell-pepper", 1, "piece"], ["red-onion", 1, "piece"], ["olive-oil", 1, "tbsp"], ["flour-tortilla", 2, "piece"], ["hummus", 80, "g"], ["chickpeas", 0.5, "can"], ["spinach", 30, "g"], ["mixed-herbs", 0.5, "tsp"]],
    steps: ["Roast the chopped vegetables with oil and herbs at 200 °C for 25 minutes.", "Spread the tortillas with hummus, add chickpeas, spinach and veg and roll up."],
  }),
  recipe({
    id: "lentil-spinach-soup", name: "Lemony green lentil & spinach soup", slots: ["lunch"], prep: 10, cook: 30, serves: 3,
    lines: [["green-lentils", 150, "g"], ["onion", 1, "piece"], ["carrot", 1, "piece"], ["celery", 1, "stalk"], ["garlic", 2, "clove"], ["olive-oil", 1, "tbsp"], ["ground-cumin", 1, "tsp"], ["vegetable-stock", 1100, "ml"], ["spinach", 100, "g"], ["lemon-juice", 2, "tbsp"], ["sourdough-bread", 3, "slice"]],
    steps: ["Soften the onion, carrot and celery in the oil; add garlic and cumin.", "Add lentils and stock and simmer 25 minutes.", "Stir in spinach and lemon and serve with sourdough."],
  }),
  recipe({
    id: "vietnamese-tofu-noodle-salad", name: "Vietnamese-style tofu rice noodle salad", slots: ["lunch"], prep: 15, cook: 10, serves: 2,
    lines: [["rice-noodles", 120, "g"], ["firm-tofu", 200, "g"], ["tamari", 1, "tbsp"], ["vegetable-oil", 2, "tsp"], ["carrot", 1, "piece"], ["cucumber", 100, "g"], ["mint", 10, "g"], ["coriander", 10, "g"], ["lime-juice", 2, "tbsp"], ["maple-syrup", 1, "tsp"], ["red-chilli", 0.5, "piece"], ["peanuts", 20, "g"]],
    steps: ["Soak the noodles; fry tofu cubes in oil until crisp and toss with tamari.", "Mix lime, maple, chilli and 1 tbsp water for the dressing.", "Toss noodles with shredded veg, herbs, dressing and tofu; top with peanuts."],
  }),
  recipe({
    id: "moroccan-couscous-chickpea-salad", name: "Moroccan couscous salad with chickpeas & apricots", slots: ["lunch"], prep: 15, cook: 5, serves: 2,
    lines: [["couscous", 100, "g"], ["vegetable-stock", 150, "ml"], ["chickpeas", 0.5, "can"], ["dried-apricots", 6, "piece"], ["red-onion", 0.25, "piece"], ["mint", 5, "g"], ["parsley", 10, "g"], ["olive-oil", 1, "tbsp"], ["lemon-juice", 1, "tbsp"], ["ground-cumin", 0.5, "tsp"], ["almonds", 15, "g"]],
    steps: ["Pour the hot stock over the couscous, cover for 5 minutes and fluff.", "Stir in chickpeas, chopped apricots, onion and herbs.", "Dress with oil, lemon and cumin; top with almonds."],
  }),
  recipe({
    id: "edamame-quinoa-power-salad", name: "Edamame & quinoa power salad", slots: ["lunch"], prep: 10, cook: 15, serves: 2,
    lines: [["quinoa", 100, "g"], ["edamame", 150, "g"], ["red-cabbage", 80, "g"], ["carrot", 1, "piece"], ["spring-onion", 2, "piece"], ["sesame-oil", 1, "tbsp"], ["tamari", 1, "tbsp"], ["rice-vinegar", 1, "tbsp"], ["ginger", 1, "tsp"], ["sesame-seeds", 1, "tbsp"]],
    steps: ["Cook the quinoa and edamame; cool.", "Whisk the sesame oil, tamari, vinegar and ginger.", "Toss everything with the shredded veg and sprinkle with sesame."],
  }),
  recipe({
    id: "miso-tofu-noodle-soup", name: "Miso noodle soup with tofu & greens", slots: ["lunch"], prep: 5, cook: 10, serves: 2,
    lines: [["soba-noodles", 120, "g"], ["miso-paste", 2, "tbsp"], ["vegetable-stock", 800, "ml"], ["firm-tofu", 200, "g"], ["pak-choi", 2, "piece"], ["mushrooms", 100, "g"], ["spring-onion", 2, "piece"], ["sesame-oil", 1, "tsp"]],
    steps: ["Simmer the mushrooms and pak choi in the stock for 4 minutes; cook the noodles separately.", "Take off the heat, whisk in the miso and add cubed tofu.", "Pour over the noodles and finish with spring onion and sesame oil."],
  }),

  // ── vegetarian ──────────────────────────────────────────────────────────
  recipe({
    id: "greek-salad-chickpeas-feta", name: "Greek salad with chickpeas & feta", slots: ["lunch"], prep: 10, cook: 0, serves: 2,
    lines: [["tomato", 3, "piece"], ["cucumber", 150, "g"], ["red-onion", 0.5, "piece"], ["olives", 10, "piece"], ["feta", 100, "g"], ["chickpeas", 1, "can"], ["olive-oil", 1.5, "tbsp"], ["red-wine-vinegar", 1, "tbsp"], ["dried-oregano", 0.5, "tsp"]],
    steps: ["Chop the tomato, cucumber and onion into chunks.", "Toss with chickpeas and olives, oil, vinegar and oregano.", "Top with slabs of feta."],
  }),
  recipe({
    id: "caprese-pesto-ciabatta", name: "Caprese & pesto ciabatta", slots: ["lunch"], prep: 5, cook: 0, serves: 1,
    lines: [["ciabatta", 1, "piece"], ["mozzarella", 0.5, "piece"], ["tomato", 1, "piece"], ["pesto", 1, "tbsp"], ["rocket", 15, "g"]],
    steps: ["Split the ciabatta and spread with pesto.", "Fill with sliced mozzarella, tomato and rocket."],
  }),
  recipe({
    id: "egg-mayo-cress-sandwich", name: "Egg mayo sandwich", slots: ["lunch"], prep: 8, cook: 9, serves: 1,
    lines: [["egg", 2, "piece"], ["mayonnaise", 1, "tbsp"], ["greek-yogurt", 1, "tbsp"], ["chives", 2, "g"], ["wholemeal-bread", 2, "slice"], ["romaine-lettuce", 2, "leaf"], ["apple", 1, "piece"]],
    steps: ["Hard-boil the eggs 9 minutes, cool and mash with mayonnaise, yogurt and chives.", "Sandwich with lettuce and serve with an apple."],
  }),
  recipe({
    id: "cheddar-apple-toastie", name: "Cheddar & apple toastie", slots: ["lunch"], prep: 5, cook: 6, serves: 1,
    lines: [["sourdough-bread", 2, "slice"], ["cheddar", 40, "g"], ["apple", 0.5, "piece"], ["dijon-mustard", 1, "tsp"], ["butter", 1, "tsp"], ["mixed-salad-leaves", 40, "g"]],
    steps: ["Spread the bread with mustard and fill with cheese and thin apple slices.", "Butter the outsides and toast in a pan 3 minutes a side.", "Serve with salad leaves."],
  }),
  recipe({
    id: "halloumi-roasted-veg-couscous", name: "Halloumi & roasted veg couscous", slots: ["lunch"], prep: 10, cook: 25, serves: 2,
    lines: [["couscous", 100, "g"], ["halloumi", 120, "g"], ["courgette", 1, "piece"], ["bell-pepper", 1, "piece"], ["red-onion", 1, "piece"], ["olive-oil", 1, "tbsp"], ["lemon-juice", 1, "tbsp"], ["mint", 5, "g"]],
    steps: ["Roast the chopped vegetables in oil at 200 °C for 25 minutes.", "Soak the couscous in 150 ml boiling water for 5 minutes.", "Fry the halloumi slices and serve everything with lemon and mint."],
  }),
  recipe({
    id: "tomato-soup-grilled-cheese", name: "Tomato soup with grilled cheese", slots: ["lunch"], prep: 10, cook: 25, serves: 2,
    lines: [["olive-oil", 1, "tbsp"], ["onion", 1, "piece"], ["garlic", 2, "clove"], ["chopped-tomatoes", 1, "can"], ["vegetable-stock", 300, "ml"], ["basil", 6, "leaf"], ["wholemeal-bread", 4, "slice"], ["cheddar", 60, "g"], ["butter", 10, "g"]],
    steps: ["Soften the onion and garlic in oil, add tomatoes and stock and simmer 15 minutes; blend with basil.", "Make two cheese sandwiches, butter the outsides and toast in a pan until melted.", "Serve the soup with the sandwiches for dipping."],
  }),
  recipe({
    id: "mushroom-spinach-quesadilla", name: "Mushroom & spinach quesadilla", slots: ["lunch"], prep: 8, cook: 10, serves: 2,
    lines: [["mushrooms", 200, "g"], ["spinach", 80, "g"], ["garlic", 1, "clove"], ["olive-oil", 2, "tsp"], ["flour-tortilla", 4, "piece"], ["cheddar", 60, "g"], ["salsa", 4, "tbsp"], ["sour-cream", 2, "tbsp"]],
    steps: ["Fry the mushrooms and garlic in the oil; wilt in the spinach.", "Fill the tortillas with the mixture and cheese, fold and toast until crisp.", "Serve with salsa and soured cream."],
  }),
  recipe({
    id: "pea-mint-soup-feta", name: "Pea & mint soup with feta", slots: ["lunch"], prep: 5, cook: 15, serves: 2,
    lines: [["peas", 400, "g"], ["onion", 1, "piece"], ["potato", 1, "piece"], ["olive-oil", 1, "tbsp"], ["vegetable-stock", 700, "ml"], ["mint", 10, "g"], ["feta", 50, "g"], ["greek-yogurt", 2, "tbsp"]],
    steps: ["Soften the onion in oil; add diced potato and stock and simmer 10 minutes.", "Add peas for 3 minutes, then mint, and blend.", "Serve with crumbled feta and a swirl of yogurt."],
  }),
  recipe({
    id: "beetroot-goats-cheese-walnut-salad", name: "Beetroot, goats' cheese & walnut salad", slots: ["lunch"], prep: 10, cook: 15, serves: 2,
    lines: [["beetroot", 3, "piece", "cooked"], ["goats-cheese", 100, "g"], ["walnuts", 30, "g"], ["rocket", 60, "g"], ["quinoa", 80, "g"], ["olive-oil", 1, "tbsp"], ["balsamic-vinegar", 1, "tbsp"], ["honey", 1, "tsp"]],
    steps: ["Cook the quinoa and cool.", "Whisk oil, balsamic and honey.", "Toss rocket, quinoa and beetroot wedges with the dressing and top with goats' cheese and walnuts."],
  }),
  recipe({
    id: "kale-caesar-egg-croutons", name: "Kale Caesar with boiled egg & croutons", slots: ["lunch"], prep: 15, cook: 10, serves: 2,
    lines: [["kale", 120, "g"], ["romaine-lettuce", 100, "g"], ["egg", 3, "piece"], ["sourdough-bread", 2, "slice"], ["olive-oil", 1, "tbsp"], ["parmesan", 30, "g"], ["mayonnaise", 1.5, "tbsp"], ["greek-yogurt", 2, "tbsp"], ["lemon-juice", 1, "tbsp"], ["dijon-mustard", 1, "tsp"], ["garlic", 1, "clove"]],
    steps: ["Toss bread cubes in oil and bake at 200 °C for 8 minutes; boil the eggs for 8 minutes.", "Whisk mayonnaise, yogurt, lemon, mustard, garlic and half the parmesan.", "Massage the kale with the dressing, add lettuce, croutons, halved eggs and the rest of the parmesan."],
  }),
  recipe({
    id: "sweet-potato-feta-frittata", name: "Sweet potato & feta frittata", slots: ["lunch"], prep: 10, cook: 25, serves: 3,
    lines: [["sweet-potato", 2, "piece"], ["egg", 7, "piece"], ["feta", 80, "g"], ["red-onion", 1, "piece"], ["spinach", 60, "g"], ["olive-oil", 1, "tbsp"], ["mixed-salad-leaves", 90, "g"], taste("black-pepper")],
    steps: ["Fry the cubed sweet potato and onion in oil for 12 minutes until tender.", "Add spinach, pour in the beaten eggs and crumble over the feta.", "Cook gently 5 minutes, then grill until set. Serve with salad."],
  }),
  recipe({
    id: "leek-potato-soup-cheddar-toast", name: "Leek & potato soup with cheddar toast", slots: ["lunch"], prep: 10, cook: 25, serves: 3,
    lines: [["leek", 2, "piece"], ["potato", 2, "piece"], ["onion", 1, "piece"], ["butter", 15, "g"], ["vegetable-stock", 1000, "ml"], ["milk", 150, "ml"], ["wholemeal-bread", 3, "slice"], ["cheddar", 60, "g"], taste("black-pepper")],
    steps: ["Sweat the leek and onion in butter for 8 minutes.", "Add diced potato and stock and simmer 15 minutes; blend with the milk.", "Grill cheese on toast and serve alongside."],
  }),
  recipe({
    id: "caprese-pasta-salad", name: "Tomato, mozzarella & basil pasta salad", slots: ["lunch"], prep: 10, cook: 10, serves: 2,
    lines: [["pasta", 140, "g"], ["cherry-tomatoes", 15, "piece"], ["mozzarella", 1, "piece"], ["basil", 10, "leaf"], ["olive-oil", 1, "tbsp"], ["balsamic-vinegar", 1, "tbsp"], ["rocket", 30, "g"], taste("salt")],
    steps: ["Cook the pasta, rinse under cold water and drain.", "Toss with halved tomatoes, torn mozzarella, basil, rocket, oil and balsamic."],
  }),

  // ── pescatarian ─────────────────────────────────────────────────────────
  recipe({
    id: "tuna-nicoise-salad", name: "Tuna Niçoise salad", slots: ["lunch"], prep: 15, cook: 15, serves: 2,
    lines: [["new-potatoes", 250, "g"], ["green-beans", 120, "g"], ["egg", 2, "piece"], ["canned-tuna", 1, "can"], ["cherry-tomatoes", 10, "piece"], ["olives", 10, "piece"], ["romaine-lettuce", 80, "g"], ["olive-oil", 1.5, "tbsp"], ["red-wine-vinegar", 1, "tbsp"], ["dijon-mustard", 1, "tsp"]],
    steps: ["Boil the potatoes 12 minutes, adding the beans for the last 4; boil the eggs 8 minutes.", "Whisk oil, vinegar and mustard.", "Arrange everything on the lettuce and drizzle with dressing."],
  }),
  recipe({
    id: "tuna-sweetcorn-jacket-potato", name: "Tuna & sweetcorn jacket potato", slots: ["lunch"], prep: 5, cook: 60, serves: 1,
    lines: [["potato", 1.5, "piece"], ["canned-tuna", 1, "can"], ["sweetcorn", 50, "g"], ["mayonnaise", 1, "tbsp"], ["greek-yogurt", 1, "tbsp"], ["mixed-salad-leaves", 40, "g"]],
    steps: ["Bake the potato at 200 °C for an hour (or microwave 10 minutes then crisp in the oven).", "Mix tuna, sweetcorn, mayonnaise and yogurt.", "Split the potato, fill and serve with salad."],
  }),
  recipe({
    id: "salmon-poke-bowl", name: "Salmon poke bowl", slots: ["lunch"], prep: 15, cook: 15, serves: 2,
    lines: [["white-rice", 120, "g"], ["salmon-fillet", 1.5, "piece", "very fresh, cubed"], ["soy-sauce", 2, "tbsp"], ["sesame-oil", 1, "tsp"], ["rice-vinegar", 1, "tbsp"], ["edamame", 80, "g"], ["avocado", 0.5, "piece"], ["cucumber", 100, "g"], ["spring-onion", 2, "piece"], ["sesame-seeds", 1, "tsp"]],
    steps: ["Cook the rice and season with rice vinegar.", "Toss the salmon with soy and sesame oil.", "Top the rice with salmon, edamame, avocado, cucumber, spring onion and sesame."],
  }),
  recipe({
    id: "prawn-avocado-salad", name: "Prawn, avocado & mango salad", slots: ["lunch"], prep: 10, cook: 3, serves: 2,
    lines: [["prawns", 250, "g"], ["avocado", 1, "piece"], ["mango", 0.5, "piece"], ["mixed-salad-leaves", 80, "g"], ["red-chilli", 0.5, "piece"], ["lime-juice", 2, "tbsp"], ["olive-oil", 1, "tbsp"], ["coriander", 5, "g"], ["quinoa", 60, "g"]],
    steps: ["Cook the quinoa; poach the prawns for 3 minutes.", "Whisk lime, oil and chilli.", "Toss leaves, quinoa, prawns, avocado and mango with the dressing and coriander."],
  }),
  recipe({
    id: "tuna-pasta-salad", name: "Tuna, sweetcorn & pepper pasta salad", slots: ["lunch"], prep: 10, cook: 10, serves: 2,
    lines: [["pasta", 140, "g"], ["canned-tuna", 1, "can"], ["sweetcorn", 80, "g"], ["bell-pepper", 1, "piece"], ["spring-onion", 2, "piece"], ["mayonnaise", 1, "tbsp"], ["greek-yogurt", 3, "tbsp"], ["lemon-juice", 1, "tbsp"]],
    steps: ["Cook the pasta, rinse in cold water and drain.", "Mix mayonnaise, yogurt and lemon.", "Toss with tuna, sweetcorn, diced pepper and spring onion."],
  }),
  recipe({
    id: "mackerel-beetroot-potato-salad", name: "Smoked mackerel, beetroot & potato salad", slots: ["lunch"], prep: 10, cook: 15, serves: 2,
    lines: [["new-potatoes", 300, "g"], ["smoked-mackerel", 160, "g"], ["beetroot", 2, "piece", "cooked"], ["rocket", 40, "g"], ["greek-yogurt", 3, "tbsp"], ["dijon-mustard", 1, "tsp"], ["lemon-juice", 1, "tbsp"], ["dill", 3, "g"]],
    steps: ["Boil the potatoes until tender and halve.", "Mix yogurt, mustard, lemon and dill.", "Toss potatoes, beetroot and rocket; top with flaked mackerel and dressing."],
  }),
  recipe({
    id: "prawn-noodle-lettuce-wraps", name: "Prawn & rice noodle lettuce wraps with peanut dip", slots: ["lunch"], prep: 15, cook: 5, serves: 2,
    lines: [["prawns", 200, "g"], ["rice-noodles", 80, "g"], ["romaine-lettuce", 10, "leaf"], ["carrot", 1, "piece"], ["cucumber", 80, "g"], ["mint", 5, "g"], ["peanut-butter", 2, "tbsp"], ["tamari", 1, "tbsp"], ["lime-juice", 1, "tbsp"], ["sriracha", 1, "tsp"]],
    steps: ["Poach the prawns 3 minutes; soak the noodles.", "Whisk peanut butter, tamari, lime and sriracha with warm water.", "Fill lettuce leaves with noodles, prawns, veg and mint; dip as you eat."],
  }),
  recipe({
    id: "tuna-melt", name: "Tuna melt", slots: ["lunch"], prep: 5, cook: 5, serves: 1,
    lines: [["canned-tuna", 1, "can"], ["mayonnaise", 2, "tsp"], ["red-onion", 15, "g"], ["wholemeal-bread", 2, "slice"], ["cheddar", 30, "g"], ["tomato", 1, "piece"]],
    steps: ["Mix the tuna with mayonnaise and chopped onion.", "Pile onto toast with tomato slices and cheese.", "Grill until bubbling."],
  }),
  recipe({
    id: "crab-avocado-open-sandwich", name: "Crab & avocado open sandwich", slots: ["lunch"], prep: 8, cook: 0, serves: 1,
    lines: [["crab-meat", 80, "g"], ["avocado", 0.5, "piece"], ["mayonnaise", 2, "tsp"], ["lemon-juice", 1, "tsp"], ["sourdough-bread", 2, "slice"], ["rocket", 15, "g"], ["chilli-flakes", 0.25, "tsp"]],
    steps: ["Mix the crab with mayonnaise and lemon.", "Smash avocado onto the bread, top with crab, rocket and chilli."],
  }),
  recipe({
    id: "smoked-salmon-new-potato-salad", name: "Smoked salmon & new potato salad", slots: ["lunch"], prep: 10, cook: 15, serves: 2,
    lines: [["new-potatoes", 450, "g"], ["smoked-salmon", 160, "g"], ["greek-yogurt", 4, "tbsp"], ["capers", 1, "tbsp"], ["dill", 5, "g"], ["lemon-juice", 1, "tbsp"], ["cucumber", 100, "g"], ["mixed-salad-leaves", 60, "g"], ["olive-oil", 2, "tbsp"]],
    steps: ["Boil the potatoes until tender and cool slightly.", "Mix yogurt, capers, dill, lemon and oil.", "Toss the potatoes and cucumber with the dressing and serve on leaves with the salmon."],
  }),
  recipe({
    id: "tuna-white-bean-salad", name: "Tuna & white bean salad", slots: ["lunch"], prep: 10, cook: 0, serves: 2,
    lines: [["canned-tuna", 1, "can"], ["cannellini-beans", 1, "can"], ["red-onion", 0.5, "piece"], ["cherry-tomatoes", 10, "piece"], ["parsley", 15, "g"], ["rocket", 40, "g"], ["olive-oil", 2, "tbsp"], ["lemon-juice", 1, "tbsp"]],
    steps: ["Toss the beans, tuna, thinly sliced onion and tomatoes.", "Dress with oil, lemon and parsley and serve over rocket."],
  }),
  recipe({
    id: "salmon-quinoa-salad", name: "Roast salmon & quinoa salad", slots: ["lunch"], prep: 10, cook: 15, serves: 2,
    lines: [["quinoa", 100, "g"], ["salmon-fillet", 2, "piece"], ["spinach", 60, "g"], ["cucumber", 100, "g"], ["cherry-tomatoes", 8, "piece"], ["lemon-juice", 1, "tbsp"], ["olive-oil", 1, "tbsp"], ["dill", 3, "g"]],
    steps: ["Cook the quinoa; roast the salmon at 200 °C for 12 minutes.", "Toss quinoa with spinach, cucumber, tomatoes, oil, lemon and dill.", "Top with the flaked salmon."],
  }),
  recipe({
    id: "tuna-sweetcorn-wrap", name: "Tuna, sweetcorn & spinach wrap", slots: ["lunch"], prep: 5, cook: 0, serves: 1,
    lines: [["flour-tortilla", 1, "piece"], ["canned-tuna", 1, "can"], ["sweetcorn", 40, "g"], ["greek-yogurt", 2, "tbsp"], ["spinach", 20, "g"], ["red-onion", 10, "g"], ["apple", 1, "piece"]],
    steps: ["Mix the tuna, sweetcorn, yogurt and onion.", "Spread over the tortilla with spinach, roll up and serve with an apple."],
  }),
  recipe({
    id: "sardine-tomato-bulgur-salad", name: "Sardine, tomato & bulgur salad", slots: ["lunch"], prep: 10, cook: 10, serves: 2,
    lines: [["bulgur", 100, "g"], ["sardines", 2, "can"], ["tomato", 2, "piece"], ["red-onion", 0.5, "piece"], ["parsley", 15, "g"], ["lemon-juice", 2, "tbsp"], ["olive-oil", 1, "tbsp"]],
    steps: ["Soak the bulgur in boiling water for 10 minutes and drain.", "Mix with chopped tomato, onion, parsley, oil and lemon.", "Top with the sardines."],
  }),

  // ── omnivore ────────────────────────────────────────────────────────────
  recipe({
    id: "chicken-caesar-salad", name: "Chicken Caesar salad", slots: ["lunch"], prep: 15, cook: 15, serves: 2,
    lines: [["chicken-breast", 2, "piece"], ["romaine-lettuce", 200, "g"], ["sourdough-bread", 2, "slice"], ["olive-oil", 1, "tbsp"], ["parmesan", 30, "g"], ["mayonnaise", 1.5, "tbsp"], ["greek-yogurt", 2, "tbsp"], ["anchovies", 2, "piece"], ["lemon-juice", 1, "tbsp"], ["garlic", 1, "clove"]],
    steps: ["Grill the chicken 6 minutes a side and slice; toast oiled bread cubes for croutons.", "Mash anchovies with garlic; whisk in mayonnaise, yogurt, lemon and half the parmesan.", "Toss the lettuce with the dressing, croutons and chicken; top with parmesan."],
  }),
  recipe({
    id: "chicken-avocado-wrap", name: "Chicken & avocado wrap", slots: ["lunch"], prep: 8, cook: 0, serves: 1,
    lines: [["flour-tortilla", 1, "piece"], ["cooked-chicken", 100, "g"], ["avocado", 0.5, "piece"], ["tomato", 1, "piece"], ["mixed-salad-leaves", 20, "g"], ["greek-yogurt", 1, "tbsp"], ["lime-juice", 1, "tsp"]],
    steps: ["Mash the avocado with lime and spread on the tortilla with yogurt.", "Add chicken, tomato and leaves and roll up."],
  }),
  recipe({
    id: "chicken-quinoa-roasted-veg-bowl", name: "Chicken, quinoa & roasted veg bowl", slots: ["lunch"], prep: 10, cook: 25, serves: 2,
    lines: [["chicken-breast", 2, "piece"], ["quinoa", 100, "g"], ["courgette", 1, "piece"], ["bell-pepper", 1, "piece"], ["red-onion", 1, "piece"], ["olive-oil", 1, "tbsp"], ["smoked-paprika", 1, "tsp"], ["lemon-juice", 1, "tbsp"], ["parsley", 10, "g"]],
    steps: ["Roast the vegetables and paprika-rubbed chicken with the oil at 200 °C for 25 minutes.", "Cook the quinoa.", "Slice the chicken and serve over quinoa and veg with lemon and parsley."],
  }),
  recipe({
    id: "turkey-club-sandwich", name: "Turkey club sandwich", slots: ["lunch"], prep: 8, cook: 6, serves: 1,
    lines: [["wholemeal-bread", 3, "slice"], ["turkey-breast", 4, "slice"], ["bacon", 1, "slice"], ["tomato", 1, "piece"], ["romaine-lettuce", 2, "leaf"], ["mayonnaise", 2, "tsp"]],
    steps: ["Grill the bacon and toast the bread.", "Layer turkey, bacon, lettuce, tomato and mayonnaise between the three slices; cut into quarters."],
  }),
  recipe({
    id: "ham-cheese-toastie-salad", name: "Ham & cheese toastie with side salad", slots: ["lunch"], prep: 5, cook: 6, serves: 1,
    lines: [["white-bread", 2, "slice"], ["ham", 3, "slice"], ["cheddar", 30, "g"], ["dijon-mustard", 1, "tsp"], ["butter", 1, "tsp"], ["mixed-salad-leaves", 40, "g"], ["cherry-tomatoes", 5, "piece"]],
    steps: ["Fill the bread with ham, cheese and mustard; butter the outsides.", "Toast in a pan 3 minutes a side and serve with salad."],
  }),
  recipe({
    id: "chicken-noodle-soup", name: "Chicken noodle soup", slots: ["lunch"], prep: 10, cook: 25, serves: 3,
    lines: [["chicken-thigh", 3, "piece"], ["chicken-stock", 1200, "ml"], ["carrot", 2, "piece"], ["celery", 2, "stalk"], ["onion", 1, "piece"], ["egg-noodles", 150, "g"], ["olive-oil", 1, "tsp"], ["parsley", 10, "g"], taste("salt"), taste("black-pepper")],
    steps: ["Soften the onion, carrot and celery in the oil.", "Add stock and chicken and simmer 15 minutes; shred the chicken.", "Add the noodles for 4 minutes and finish with parsley."],
  }),
  recipe({
    id: "blt-sandwich", name: "BLT sandwich", slots: ["lunch"], prep: 5, cook: 6, serves: 1,
    lines: [["sourdough-bread", 2, "slice"], ["bacon", 3, "slice"], ["romaine-lettuce", 3, "leaf"], ["tomato", 1, "piece"], ["mayonnaise", 2, "tsp"]],
    steps: ["Grill the bacon until crisp and toast the bread.", "Spread with mayonnaise and layer with lettuce, tomato and bacon."],
  }),
  recipe({
    id: "chicken-pesto-pasta-salad", name: "Chicken pesto pasta salad", slots: ["lunch"], prep: 10, cook: 10, serves: 2,
    lines: [["pasta", 130, "g"], ["cooked-chicken", 150, "g"], ["pesto", 2, "tbsp"], ["cherry-tomatoes", 10, "piece"], ["rocket", 40, "g"], ["lemon-juice", 1, "tsp"]],
    steps: ["Cook the pasta, rinse in cold water and drain.", "Toss with pesto, lemon, chicken, tomatoes and rocket."],
  }),
  recipe({
    id: "chicken-cobb-salad", name: "Chicken Cobb salad", slots: ["lunch"], prep: 15, cook: 12, serves: 2,
    lines: [["chicken-breast", 1.5, "piece"], ["bacon", 2, "slice"], ["egg", 2, "piece"], ["avocado", 1, "piece"], ["romaine-lettuce", 150, "g"], ["cherry-tomatoes", 10, "piece"], ["cheddar", 30, "g"], ["olive-oil", 1, "tbsp"], ["red-wine-vinegar", 1, "tbsp"], ["dijon-mustard", 1, "tsp"]],
    steps: ["Grill the chicken and bacon; boil the eggs 8 minutes.", "Arrange rows of lettuce, chicken, bacon, egg, avocado, tomato and cheese.", "Whisk the oil, vinegar and mustard and drizzle over."],
  }),
  recipe({
    id: "chicken-hummus-pitta", name: "Chicken & hummus pitta", slots: ["lunch"], prep: 5, cook: 0, serves: 1,
    lines: [["pitta-bread", 1, "piece"], ["cooked-chicken", 100, "g"], ["hummus", 40, "g"], ["cucumber", 50, "g"], ["tomato", 0.5, "piece"], ["mixed-salad-leaves", 15, "g"]],
    steps: ["Warm and split the pitta.", "Spread with hummus and stuff with chicken and salad."],
  }),
  recipe({
    id: "chicken-shawarma-wrap", name: "Chicken shawarma wrap", slots: ["lunch"], prep: 10, cook: 15, serves: 2,
    lines: [["chicken-thigh", 3, "piece"], ["ground-cumin", 1, "tsp"], ["paprika", 1, "tsp"], ["turmeric", 0.25, "tsp"], ["garlic", 1, "clove"], ["olive-oil", 1, "tbsp"], ["flour-tortilla", 2, "piece"], ["greek-yogurt", 4, "tbsp"], ["red-cabbage", 60, "g"], ["cucumber", 60, "g"]],
    steps: ["Rub the chicken with spices, garlic and oil; grill 6 minutes a side and slice.", "Fill the tortillas with chicken, cabbage, cucumber and garlic yogurt; roll up."],
  }),
  recipe({
    id: "beef-bean-burrito-bowl", name: "Beef & black bean burrito bowl", slots: ["lunch"], prep: 10, cook: 20, serves: 2,
    lines: [["lean-beef-mince", 200, "g"], ["black-beans", 0.5, "can"], ["white-rice", 100, "g"], ["ground-cumin", 1, "tsp"], ["chilli-powder", 0.5, "tsp"], ["salsa", 4, "tbsp"], ["romaine-lettuce", 60, "g"], ["greek-yogurt", 2, "tbsp"], ["lime-juice", 1, "tbsp"]],
    steps: ["Cook the rice.", "Brown the beef with the spices, add beans and half the salsa and simmer 5 minutes.", "Serve over rice with lettuce, remaining salsa, yogurt and lime."],
  }),
  recipe({
    id: "turkey-taco-lettuce-wraps", name: "Turkey taco lettuce wraps", slots: ["lunch"], prep: 10, cook: 12, serves: 2,
    lines: [["turkey-mince", 300, "g"], ["olive-oil", 1, "tsp"], ["ground-cumin", 1, "tsp"], ["smoked-paprika", 1, "tsp"], ["romaine-lettuce", 10, "leaf"], ["tomato", 1, "piece"], ["avocado", 0.5, "piece"], ["cheddar", 30, "g"], ["salsa", 4, "tbsp"], ["lime", 0.5, "piece"]],
    steps: ["Brown the turkey in the oil with the spices.", "Spoon into lettuce leaves and top with tomato, avocado, cheese and salsa.", "Squeeze over lime."],
  }),
  recipe({
    id: "chicken-sweetcorn-soup", name: "Chicken & sweetcorn soup", slots: ["lunch"], prep: 10, cook: 15, serves: 3,
    lines: [["chicken-breast", 2, "piece"], ["chicken-stock", 1000, "ml"], ["sweetcorn", 250, "g"], ["spring-onion", 3, "piece"], ["ginger", 1, "tsp"], ["cornflour", 1, "tbsp"], ["egg", 2, "piece"], ["soy-sauce", 1, "tbsp"], ["sesame-oil", 1, "tsp"], ["white-bread", 3, "slice"]],
    steps: ["Simmer the chicken in the stock with ginger for 12 minutes, then shred.", "Add sweetcorn and soy; thicken with cornflour slaked in water.", "Drizzle in the beaten eggs, stirring, and finish with spring onion and sesame oil. Serve with bread."],
  }),
  recipe({
    id: "greek-chicken-salad-tzatziki", name: "Greek chicken salad with tzatziki", slots: ["lunch"], prep: 15, cook: 12, serves: 2,
    lines: [["chicken-breast", 2, "piece"], ["dried-oregano", 1, "tsp"], ["olive-oil", 1, "tbsp"], ["lemon-juice", 1, "tbsp"], ["tomato", 2, "piece"], ["cucumber", 150, "g"], ["red-onion", 0.5, "piece"], ["olives", 8, "piece"], ["greek-yogurt", 100, "g"], ["garlic", 1, "clove"], ["feta", 40, "g"]],
    steps: ["Rub the chicken with oregano, lemon and half the oil; grill 6 minutes a side.", "Grate a little cucumber into the yogurt with garlic for tzatziki.", "Chop the rest into a salad with tomato, onion, olives and feta; top with sliced chicken and tzatziki."],
  }),
  recipe({
    id: "thai-chicken-larb-lettuce-cups", name: "Thai chicken larb lettuce cups", slots: ["lunch"], prep: 10, cook: 10, serves: 2,
    lines: [["chicken-thigh", 3, "piece", "finely chopped"], ["vegetable-oil", 1, "tsp"], ["fish-sauce", 1, "tbsp"], ["lime-juice", 2, "tbsp"], ["red-chilli", 1, "piece"], ["shallot", 1, "piece"], ["mint", 10, "g"], ["coriander", 10, "g"], ["romaine-lettuce", 10, "leaf"], ["white-rice", 80, "g"]],
    steps: ["Cook the rice.", "Stir-fry the chicken in oil for 6 minutes; off the heat add fish sauce, lime, chilli, shallot and herbs.", "Spoon into lettuce cups and serve with rice."],
  }),
  recipe({
    id: "ham-pea-potato-soup", name: "Ham, pea & potato soup", slots: ["lunch"], prep: 10, cook: 25, serves: 3,
    lines: [["onion", 1, "piece"], ["potato", 2, "piece"], ["butter", 10, "g"], ["chicken-stock", 1000, "ml"], ["peas", 300, "g"], ["ham", 8, "slice"], ["mint", 5, "g"], ["wholemeal-bread", 3, "slice"]],
    steps: ["Soften the onion in butter; add diced potato and stock and simmer 15 minutes.", "Add peas for 3 minutes and blend with the mint.", "Stir in shredded ham and serve with bread."],
  }),
  recipe({
    id: "chicken-mango-salad", name: "Chicken & mango salad with lime", slots: ["lunch"], prep: 10, cook: 12, serves: 2,
    lines: [["chicken-breast", 2, "piece"], ["mango", 1, "piece"], ["mixed-salad-leaves", 80, "g"], ["red-onion", 0.25, "piece"], ["cashews", 30, "g"], ["lime-juice", 2, "tbsp"], ["olive-oil", 1, "tbsp"], ["coriander", 5, "g"], ["brown-rice", 80, "g"]],
    steps: ["Cook the rice; grill the chicken 6 minutes a side and slice.", "Whisk the lime and oil.", "Toss leaves, rice, mango, onion and coriander with the dressing; top with chicken and cashews."],
  }),
  recipe({
    id: "chicken-souvlaki-pitta", name: "Chicken souvlaki pitta", slots: ["lunch"], prep: 15, cook: 12, serves: 2,
    lines: [["chicken-breast", 2, "piece"], ["olive-oil", 1, "tbsp"], ["lemon-juice", 1, "tbsp"], ["dried-oregano", 1, "tsp"], ["garlic", 1, "clove"], ["pitta-bread", 2, "piece"], ["greek-yogurt", 4, "tbsp"], ["tomato", 1, "piece"], ["red-onion", 0.25, "piece"]],
    steps: ["Marinate chicken cubes in oil, lemon, oregano and garlic; thread and grill 10–12 minutes.", "Warm the pittas, fill with chicken, tomato, onion and yogurt."],
  }),
  recipe({
    id: "chorizo-chickpea-soup", name: "Chorizo, chickpea & kale soup", slots: ["lunch"], prep: 10, cook: 20, serves: 3,
    lines: [["chorizo", 80, "g"], ["onion", 1, "piece"], ["garlic", 2, "clove"], ["smoked-paprika", 1, "tsp"], ["chopped-tomatoes", 1, "can"], ["chicken-stock", 700, "ml"], ["chickpeas", 1, "can"], ["kale", 100, "g"], ["potato", 1, "piece"]],
    steps: ["Fry the chorizo until crisp; soften the onion and garlic in its oil with paprika.", "Add tomatoes, stock, chickpeas and diced potato and simmer 15 minutes.", "Stir in the kale for 3 minutes."],
  }),
  recipe({
    id: "steak-rocket-parmesan-salad", name: "Steak, rocket & parmesan salad", slots: ["lunch"], prep: 10, cook: 8, serves: 2,
    lines: [["sirloin-steak", 1.5, "piece"], ["rocket", 80, "g"], ["cherry-tomatoes", 10, "piece"], ["parmesan", 30, "g"], ["olive-oil", 1.5, "tbsp"], ["balsamic-vinegar", 1, "tbsp"], ["new-potatoes", 200, "g"]],
    steps: ["Boil the potatoes until tender.", "Sear the steak 3 minutes a side, rest and slice thinly.", "Toss rocket, tomatoes and potatoes with oil and balsamic; top with steak and shaved parmesan."],
  }),
  recipe({
    id: "chicken-rice-soup", name: "Lemon chicken & rice soup", slots: ["lunch"], prep: 10, cook: 25, serves: 3,
    lines: [["chicken-breast", 2, "piece"], ["chicken-stock", 1200, "ml"], ["white-rice", 100, "g"], ["carrot", 2, "piece"], ["celery", 2, "stalk"], ["onion", 1, "piece"], ["olive-oil", 1, "tbsp"], ["lemon-juice", 2, "tbsp"], ["dill", 5, "g"], ["egg", 1, "piece"]],
    steps: ["Soften the vegetables in oil; add stock, rice and chicken and simmer 18 minutes.", "Shred the chicken back into the pot.", "Whisk the egg with lemon, temper with hot broth and stir in off the heat; finish with dill."],
  }),
  recipe({
    id: "chicken-waldorf-salad", name: "Chicken Waldorf salad", slots: ["lunch"], prep: 12, cook: 0, serves: 2,
    lines: [["cooked-chicken", 200, "g"], ["apple", 1, "piece"], ["celery", 2, "stalk"], ["grapes", 100, "g"], ["walnuts", 30, "g"], ["greek-yogurt", 4, "tbsp"], ["mayonnaise", 1, "tbsp"], ["lemon-juice", 1, "tsp"], ["romaine-lettuce", 100, "g"], ["wholemeal-bread", 2, "slice"]],
    steps: ["Mix yogurt, mayonnaise and lemon.", "Fold in chicken, diced apple, celery, halved grapes and walnuts.", "Serve on lettuce with bread."],
  }),
  recipe({
    id: "turkey-avocado-spinach-wrap", name: "Turkey, avocado & spinach wrap", slots: ["lunch"], prep: 5, cook: 0, serves: 1,
    lines: [["flour-tortilla", 1, "piece"], ["turkey-breast", 5, "slice"], ["avocado", 0.5, "piece"], ["spinach", 20, "g"], ["cream-cheese", 20, "g"], ["pear", 1, "piece"]],
    steps: ["Spread the tortilla with cream cheese.", "Layer turkey, avocado and spinach and roll up; serve with the pear."],
  }),
  recipe({
    id: "warm-bacon-egg-spinach-salad", name: "Warm bacon, egg & spinach salad", slots: ["lunch"], prep: 8, cook: 10, serves: 2,
    lines: [["bacon", 4, "slice"], ["egg", 4, "piece"], ["spinach", 120, "g"], ["mushrooms", 150, "g"], ["olive-oil", 1, "tbsp"], ["cider-vinegar", 1, "tbsp"], ["dijon-mustard", 1, "tsp"], ["sourdough-bread", 2, "slice"]],
    steps: ["Poach the eggs; fry bacon and mushrooms in the oil.", "Whisk vinegar and mustard into the warm pan.", "Toss with the spinach and serve with eggs on top and toast."],
  }),
];
