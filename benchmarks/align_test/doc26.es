A Christion Abercrombie se le está operando de urgencia tras sufrir una herida en la cabeza
Christion Abercrombie, jugador del Tennessee State Tigers fue intervenido quirúrgicamente de emergencia tras sufrir una herida en la cabeza el pasado sábado, cuando perdían 31-27 contra Vanderbilt Commodores, informó Mike Organ del Tennesse.
El entrenador del Tennessee State, Rod Reed, informó a los periodistas de que la lesión se produjo poco antes del descanso.
"Vino a la banda y se desplomó allí mismo", dijo Reed.
Tanto los entrenadores como el personal médico administraron oxígeno a Abercrombie en la línea de banda antes de colocarlo en una camilla y llevarlo a que lo examinaran en profundidad.
Un miembro de la plantilla del Tennessee State dijo a Chris Harris de WSMV en Nashville, Tennessee, que Abercrombie había salido de la operación en el Vanderbilt Medical Center.
Harris añadió que "no había detalles sobre el tipo de lesión todavía o el daño causado" y el Tennessee State está tratando de averiguar cuándo sucedió.
Hizo cinco tackles el sábado antes de salir del campo, con los que sumó un total de 18 en toda la temporada.
A los extranjeros se les aplicará un impuesto de transmisión de fincas superior cuando compren una propiedad en Reino Unido y el dinero extra que se recaude con este medida se utilizará para dar cobijo a los "sin techo", según los nuevos planes de los conservadores
El cambio neutralizará el éxito cosechado por la ofensiva de Corbyn para atraer a los votantes más jóvenes
El aumento del impuesto de transmisión de fincas se impondrá a aquellas personas que no estén pagando impuestos en Reino Unido
El Treasury espera recaudar hasta 120 millones de £ al año que se destinarán a los “sin techo”
El dinero adicional que se recaude con el aumento del impuesto de transmisión de fincas a compradores extranjeros de propiedades en Reino Unido se destinará a ayudas a los "sin techo", anunció hoy Theresa May.
La medida se entiende como un intento de neutralizar el éxito que está cosechando Jeremy Corbyn con sus promesas de proporcionar viviendas más asequibles para atraer a los votantes más jóvenes y de acoso a los que tienen ingresos más altos.
El aumento del impuesto de transmisión de fincas se gravará a las personas y empresas que no paguen impuestos en Reino Unido y ese dinero se destinará a incentivar la política del gobierno para combatir el problema de la mendicidad en las calles.
El recargo, que es un suplemento del actual impuesto de transmisiones, incluido también el aumento en niveles que se introdujo hace dos años sobre viviendas de segunda mano y el sistema de "buy-to-let", podría llegar a ser hasta del 3 %.
El Treasury espera recaudar hasta 120 millones de £ al año con este cambio.
Se estima que un 13 % de las propiedades de nueva construcción de Londres las compran personas que no residen en Reino Unido, lo que provoca el aumento de los precios y dificulta que personas que compran por primera vez puedan acceder a una vivienda asequible.
Muchas de las zonas más adineradas del país (en especial, en la capital) se han convertido en "ciudades fantasma" debido al gran número de compradores extranjeros que pasan la mayor parte del tiempo fuera del país.
La nueva política llega justamente unas semanas después de que Boris Johnson reclamara una reducción del impuesto de transmisiones con el fin de ayudar a los jóvenes a comprar su primera vivienda.
Acusó a las grandes constructoras de mantener unos precios muy elevados en las propiedades al comprar ávidamente terreno sin intención de darle uso e instó a la Sra. May a que eliminara las cuotas que se aplican a las viviendas asequibles para solucionar el "vergonzoso problema de la vivienda" en Gran Bretaña.
El Sr. Corbyn ha anunciado una serie de reformas muy atractivas para la vivienda, entre las que se incluyen controles del alquiler y el fin de los desalojos sin motivo.
También propone otorgar a los poderes locales más poderes para construir viviendas nuevas.
La Sra. May dijo: "El año pasado dije que dedicaría mi cargo de Primera Ministra a restaurar el sueño británico de mejorar la vida de cada nueva generación.
Y eso implica solucionar el mercado de la vivienda, que está tan devastado.
Gran Bretaña siempre estará abierta a aquellos que quieran vivir, trabajar y construir una vida aquí.
Sin embargo, no puede ser que personas que no viven en Reino Unido, así como empresas extranjeras, puedan comprar viviendas con mayor facilidad que la clase trabajadora británica.
El sueño de tener una casa se ha convertido en algo demasiado difícil de alcanzar para muchas personas y la humillación de tener que dormir en la calle sigue siendo demasiado real".
