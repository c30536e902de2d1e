STAR = "star"
