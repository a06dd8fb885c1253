# The service directory's words (folder services/): its pages, and the names of the categories,
# of whom each service serves and of what it costs.
directory = Who can help
directory-intro = Organisations and public offices that can help you, by place. Before you go, ask if the service is still open and if it costs money.
directory-also = Also in { $place }
service-verified = Checked on { $date } by { $by }
service-unverified = Not checked since { $date }: these details may be wrong. Confirm them before you go.
service-serves = For
service-languages = Languages
service-cost = Cost
service-map = See on the map
service-save = Save in my contacts
service-print = List to print
category-emergency = Emergencies
category-child-protection = Child protection
category-asylum = Asylum
category-legal = Legal help
category-shelter = Shelter
category-health = Health
category-reintegration = Return and reintegration
serves-everyone = Everyone
serves-children-alone = Children alone or separated
serves-families = Families
serves-women = Women
serves-lgbtqi = LGBTQI+ people
cost-free = Free
cost-low-cost = Low cost
cost-paid = Paid
