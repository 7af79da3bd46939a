Cientos de menores inmigrantes desplazados discretamente a un campamento en la frontera de Texas
El número de menores inmigrantes detenidos ha experimentado un aumento considerable, a pesar de que la afluencia mensual en la frontera prácticamente se ha mantenido a losa niveles habituales. En parte, esto se debe a que la dura retórica y a las políticas introducidas por la administración Trump están complicando la posibilidad de apadrinar a estos niños.
Tradicionalmente, la mayoría de los padrinos, que también fueron inmigrantes indocumentados en su momento, temían que el hecho de proponerse para acoger a un niño pusiera en peligro su propia estancia en el país .
Este riesgo aumentó en junio, cuando las autoridades federales anunciaron que los potenciales padrinos y los demás miembros adultos de sus familias deberían presentar sus huellas dactilares y que los datos se compartirían con las entidades gubernamentales de inmigración.
La semana pasada, Matthew Albence, un alto cargo de la Oficina de Inmigración y Aduanas, testificó ante el Congreso que la agencia había arrestado docenas de personas que solicitaron apadrinar a menores no acompañados.
La agencia confirmó después que un 70% de los arrestados no tenían antecedentes penales.
“Alrededor del 80% de los patrocinadores o sus familiares se encuentran en el país ilegalmente, y una gran parte de ellos son inmigrantes criminales.
Por lo tanto, seguimos persiguiendo a estas personas”, dijo Albence.
En su empeño por procesar a los menores más deprisa, los funcionarios han introducido nuevas normas que requerirán que algunos de ellos deban comparecer ante el tribunal en un plazo máximo de un mes desde la detención, en lugar de 60 días, que era la norma anterior, según los trabajadores de los centros de acogida.
Muchos de ellos testificarán por videoconferencia, en lugar de en persona, para defender su estado legal ante un juez para asuntos de inmigración.
Los que no se consideren aptos para el amparo serán deportados lo antes posible.
De acuerdo con los trabajadores de los centros de acogida y los informes del sistema que han surgido estos últimos meses, cuanto más tiempo permanezcan bajo custodia, mayor será la probabilidad de que sufran ansiedad o depresión, lo que podría provocar arrebatos violentos o intentos de huida.
Según comentan los defensores, estas preocupaciones aumentan aún más en instalaciones más grandes, como la de Tornillo, donde es más probable que, debido a su tamaño, se pasen por alto los indicios de malestar en estos niños.
Además, el traslado al campamento sin haberles dado el tiempo suficiente para prepararlos emocionalmente ni para despedirse de sus amigos podría provocarles un trauma que muchos ya están sufriendo.
Siria pide a las “fuerzas de ocupación” de Estados Unidos, Francia y Turquía que se retiren de inmediato
En un discurso ante la Asamblea General de la ONU, el ministro de Asuntos Exteriores, Walid al-Moualem, también pidió a los refugiados sirios que regresen a sus hogares, a pesar de que la guerra del país se encuentre en su octavo año.
Moualem, que también es el viceprimer ministro, dijo que las fuerzas extranjeras se encontraban ilegalmente en territorio sirio bajo el pretexto de la lucha contra el terrorismo y que el tema “se tratará en consecuencia”.
“Deben retirarse de inmediato y sin condiciones”, dijo a la asamblea.
Moualem insistió en que la “guerra contra el terrorismo prácticamente ya ha terminado” en Siria, donde han muerto más de 360.000 personas desde 2011 y varios millones se han visto desarraigados de sus hogares.
Dijo que Damasco seguiría “luchando en esta batalla sagrada hasta que purguemos todos los territorios sirios” tanto de los grupos terroristas como de “cualquier presencia extranjera ilegal”.
Estados Unidos tiene unos 2.000 soldados en Siria, principalmente proporcionando formación y asesoramiento a las fuerzas kurdas y árabes de Siria que se oponen al presidente Bashar al-Assad.
Francia tiene más de 1.000 soldados terrestres en este país devastado por la guerra.
Sobre el tema de los refugiados, Moualem afirmó que se daban las condiciones adecuadas para que regresaran y culpó a “algunos países occidentales” por “sembrar temores irracionales” que hacían que los refugiados decidieran mantenerse fuera del país.
“Hemos solicitado a la comunidad internacional y a las organizaciones humanitarias que faciliten estos retornos”, dijo.
“Están politizando lo que debería ser un problema puramente humanitario”.
Estados Unidos y la Unión Europea ya han avisado que no ayudarán con la reconstrucción de Siria hasta que haya un acuerdo político entre Assad y la oposición para poner fin a la guerra.
Los diplomáticos de la ONU afirman que un reciente acuerdo entre Rusia y Turquía para establecer una zona de contención en el último bastión rebelde importante de Idlib ha creado una oportunidad para forzar las conversaciones políticas.
El acuerdo entre Rusia y Turquía evitó un asalto a gran escala de las fuerzas sirias y rusas en la provincia, donde viven tres millones de personas.
Sin embargo, Moualem ha dejado claro que el acuerdo tenía unos “plazos claros” y ha expresado la esperanza de que la acción militar se centrará en los yihadistas, incluidos los combatientes del Frente Nusra (vinculado a Al-Qaeda), que “serán erradicados”.
Staffan de Mistura, un enviado especial de la ONU, espera convocar en breve las primeras reuniones de un nuevo comité compuesto por miembros del gobierno y de la oposición para redactar una constitución de posguerra para Siria y allanar el camino a unas elecciones.
Moualem estableció las condiciones para la participación del gobierno sirio en el comité, argumentando que el trabajo del panel debería restringirse “a revisar los artículos de la constitución actual” y avisó en contra de cualquier interferencia.
