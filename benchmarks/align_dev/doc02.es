Esta mañana, su hijo se terminó la cerveza a los pies del difunto.
"Ayudamos tanto a los pacientes como a sus seres queridos", relata Nathalie Savard, directora de los cuidados.
En el centro Victor-Gadbois los días transcurren sin ser nunca iguales.
Al lado de un hombre de 94 años que saborea su última reunión familiar en el patio, bien colocado entre sus almohadas mientras todos beben a su salud, un joven de 36 años muere de forma trágica, rodeado por sus padres, su mujer y sus dos niños, tras haberlo intentado todo para sobrevivir.
"Desde hace seis meses, siempre hay de tres a cinco camas ocupadas por personas menores de 45 años enfermas de cáncer", se inquieta la Dra. Christiane Martel.
Un 53% de los pacientes que son admitidos en el centro Victor-Gadboisarrivent viene de su casa y un 47% del hospital.
Problema del acceso a cuidados paliativos
Un 77% de los canadienses sencillamente no tiene acceso a los cuidados paliativos, es decir, a los cuidados concebidos para aliviar el sufrimiento cuando un enfermo llega a la fase terminal de su vida, sea en su domicilio, en el hospital o en un centro de cuidados.
Y varios organismos, como el centro Victor-Gadbois y la sociedad de cuidados paliativos a domicilio del Grand Montréal, se especializan casi exclusivamente en el cuidado de los pacientes con cáncer.
Es precisamente esa gran carencia relativa en los cuidados sanitarios de Quebec lo que hace que muchos doctores especializados en cuidados paliativos teman la adopción de una ley que regule la eutanasia y el suicidio asistido.
Desde el mes de octubre, un manifiesto firmado por eminencias de los cuidados paliativos, como el Dr. Balfour Mount y el Dr. Bernard Lapointe, circula para demostrar su oposición a tal iniciativa.
Según la Dra. Christiane Martel, el sistema sanitario de Quebec no es lo suficientemente competente como para asegurar que cualquiera tenga derecho a cuidados paliativos de calidad antes de que se acepte proceder con la eutanasia.
"Recientemente", relata, "he visto a una paciente pasar 14 días en Urgencias sufriendo grandes dolores sin que se haya hecho lo necesario para aliviarla.
Temo que los pacientes deseen morir solo porque no reciben los cuidados adecuados".
Y paralelamente, muchos oncólogos se obstinan con sus pacientes hasta el último día, a pesar de los peores pronósticos.
Las esperanzas de supervivencia de Hélène Richard estaban ya bajo mínimos cuando dejó un tratamiento de quimioterapia agotador.
"Cuando le dije a mi oncóloga que quería parar el tratamiento, ella me dijo que le daba mucha pena que quisiera dejar de luchar", relata.
"Sin embargo, ¡ella me había dicho que no había nada más que hacer!"
No hay cuidados todopoderosos
La Dra. Martel cree que un 90% de los enfermos que solicitan morir agradecen a sus cuidadores que no les hayan atendido en sus demandas una vez se les ha aliviado su dolor gracias a un equipo de cuidados paliativos.
Pero hay que decir que los cuidados paliativos no son absolutamente todopoderosos en lo que respecta al tratamiento del dolor.
Según Elsie Monereau, directora de los cuidados paliativos a domicilio de Grand Montréal, los pacientes no responden a los tratamientos contra el dolor en un 8% de los casos.
Al final de la vida, los médicos suelen recurrir a la sedación paliativa, que sirve para dormir al paciente hasta el momento de su defunción, ya sea de forma esporádica o de forma permanente.
No podemos fingir que no entendemos esa parte del sufrimiento.
Cada vez más, la enfermedad no aliviada va a tener la posibilidad de tener esa sedación paliativa.
Los enfermos que no son aliviados dicen todos lo mismo: "Me quiero morir".
Pero eso no quiere decir necesariamente "quiero la eutanasia", sino "quiero que me alivien".
La realización de este reportaje ha sido posible gracias a una beca de periodismo de los institutos de investigación de salud de Canadá.
Escándalos inmobiliarios de gran amplitud en Quebec
Funcionarios de la red viaria, empresarios del BTP, recaudadores de fondos de partidos políticos y especialistas de la mafia italiana cuentan, día tras día, lo que saben de un formidable "sistema", del que forman parte la industria de la construcción, funcionarios, políticos, sindicalistas y mafiosos.
Una "industria" que salió demasiado caro a los contribuyentes quebequenses, sobre todo en los años 1990 y 2000.
"Resulta curioso cómo el sistema se pulveriza una vez hemos cazado a los grandes medios", ironiza Jacques Duchesneau, diputado en Quebec y antiguo jefe de la Policía de Montreal.
Él lideró el estallido del escándalo en 2011, que fue posible gracias a una investigación a fondo sobre las malversaciones ligadas a contratos de carreteras en Quebec, que el primer ministro liberal de ese momento, Jean Charest, no había consentido más que en retrasar.
El "informe Duchesneau" estableció un vínculo directo entre la industria, la financiación clandestina de los partidos y la corrupción entre funcionarios.
"Desde el comienzo de la investigación en 2010, tan sólo el ministerio de transportes se habría ahorrado mil millones de dólares en contratos", conteniendo algunos de sus instintos de quedarse con una parte proporcional.
La Comisión Charbonneau "ya ha hecho caer a dos alcaldes", añade, mientras espera poder llegar a "demostrar las estratagemas existentes detrás de los individuos".
Una unidad permanente anticorrupción, creada en 2011
La Unidad permanente anticorrupción, creada en 2011, se aplica también con su equipo de interventores, investigadores y analistas del gobierno.
Esta unidad funciona además de los policías de "la escuadra Marteau", que, desde 2009, han hecho que el "cártel del alcantarillado" de Montreal se modere a la hora de inflar contratos.
Estas últimas semanas, la unidad ha procedido al registro en serie de las acusaciones por fraude y corrupción contra cargos municipales como Frank Zampino y Richard Marcotte, alcalde de una ciudad de las afueras.
El próximo de la lista sería Gilles Vaillancourt, que acaba de dimitir de su puesto de alcalde de Laval, tercera ciudad de Quebec.
Se sospecha que se ha embolsado repetidos sobornos a cambio de contratos públicos.
Se ha acusado formalmente a ingenieros de la red viaria de Montreal y a empresarios de origen italiano, como Tony Accurso y Lino Zambito.
Este último ha causado conmoción al explicar a la comisión la mecánica del "sistema" de obtención de contratos públicos.
Él mismo pagó durante tres años un 3% del valor de los contratos obtenidos en Montreal a un intermediario ligado a la mafia que transfirió el dinero a Union Montréal, el partido del alcalde Gérald Tremblay.
M. Zambito repartió dinero a diestro y siniestro durante los años 2000, otorgando más de 88.000 dólares canadienses (unos 68.000 euros) a partidos provinciales, sobre todo a los liberales en el poder.
La inflación del coste de los contratos de alcantarillado
En Montreal, el "sistema" de corrupción funcionó con eficacia.
