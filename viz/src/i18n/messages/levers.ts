// Labels and help texts of the lever catalogue (viz/src/scenario/levers.ts). A lever's label is keyed by
// its scenario path and its help by `<path>.help`; every help text says what the lever stands for in
// Indonesian policy practice, what it does in the model, and ends with its default, which leverHelp
// fills in from the schema ({default}) so that the text can never drift from the model.
import { defineMessages } from "../i18n.js";

export const leverText = defineMessages({
  id: {
    "group.regulation": "Regulasi dan kelembagaan",
    "group.regulation.help":
      "Penguatan kerangka regulasi dan kelembagaan: harmonisasi Perda, pembentukan badan kerja sama, dan mekanisme penyelesaian sengketa yang disepakati sejak awal.",
    "group.capacity": "Kapasitas sumber daya manusia",
    "group.capacity.help":
      "Peningkatan kapasitas dan kualitas SDM aparatur: pelatihan berkelanjutan, pertukaran ASN antardaerah, dan pendampingan tenaga ahli.",
    "group.financing": "Pembiayaan dan insentif",
    "group.financing.help":
      "Inovasi pembiayaan dan alokasi anggaran: dana insentif dari pusat atau provinsi, skema KPBU, serta pembagian beban dan manfaat yang adil.",
    "group.coordination": "Koordinasi dan kepemimpinan",
    "group.coordination.help":
      "Penguatan koordinasi dan kepemimpinan: pemerintah provinsi atau pusat sebagai fasilitator dan mediator yang menempatkan kepentingan regional di atas kepentingan lokal sempit.",
    "group.participation": "Partisipasi, teknologi, dan data",
    "group.participation.help":
      "Pelibatan multipihak serta pemanfaatan teknologi dan data: sistem informasi terpadu untuk mencari mitra dan memantau kemajuan, serta pengawasan oleh masyarakat sipil dan perguruan tinggi.",
    "group.ego": "Ego daerah",
    "group.ego.help":
      "Kecenderungan daerah mengutamakan kepentingan wilayahnya sendiri dan menolak kerja sama yang lebih menguntungkan mitranya, secara keseluruhan maupun per kelompok pulau.",
    "group.model": "Pengaturan simulasi dan asumsi model",
    "group.model.help":
      "Lama simulasi dan asumsi dasar model: pertumbuhan, anggaran dan biaya kerja sama, kepercayaan, serta kecenderungan mencari mitra. Sebagian besar nilainya adalah asumsi yang patut diuji kepekaannya.",

    "policies.harmonisation.level": "Harmonisasi Perda dan regulasi",
    "policies.harmonisation.level.help":
      "Penyelarasan Perda serta aturan perizinan, pungutan, dan tata ruang antardaerah agar tidak saling menghambat. Dalam model, tingkat ini memangkas dengan proporsi yang sama biaya transaksi setiap kesepakatan dan bagian manfaat yang hilang karena hambatan hukum dan kelembagaan; 100% menghapus keduanya. Bawaan: {default}.",
    "policies.harmonisation.costAtFullLevel": "Biaya harmonisasi penuh",
    "policies.harmonisation.costAtFullLevel.help":
      "Anggaran pusat per tahun untuk harmonisasi menyeluruh (kajian, pendampingan legislasi, forum antarlegislatif daerah); biaya nyata sebanding dengan tingkat harmonisasi. Asumsi tanpa sumber data. Bawaan: {default} per tahun.",
    "policies.regionalBody.members": "Badan Kerja Sama Antar Daerah",
    "policies.regionalBody.members.help":
      "Pembentukan badan atau sekretariat bersama kerja sama regional (seperti BKSPR) di kelompok pulau yang dipilih, satu badan untuk setiap kelompok. Dalam model, anggota badan selalu saling mempertimbangkan sebagai calon mitra dan menanggung biaya koordinasi yang lebih rendah satu sama lain, tetapi setiap anggota membayar iuran tahunan. Bawaan: {default}.",
    "policies.regionalBody.coordinationCostReduction": "Penghematan biaya koordinasi oleh badan",
    "policies.regionalBody.coordinationCostReduction.help":
      "Bagian biaya koordinasi antaranggota yang dihemat karena sekretariat bersama mengurus rapat, dokumen, dan tindak lanjut. Bawaan: {default}.",
    "policies.regionalBody.feePerMember": "Iuran anggota badan",
    "policies.regionalBody.feePerMember.help":
      "Iuran tahunan setiap daerah anggota untuk menjalankan badan kerja sama, dibayar dari PDRB daerah itu. Bawaan: {default} per daerah per tahun.",
    "policies.disputeResolution.repairShare": "Mekanisme penyelesaian sengketa",
    "policies.disputeResolution.repairShare.help":
      "Mekanisme yang disepakati sejak awal (mediasi, arbitrase, fasilitasi gubernur) untuk menangani kerja sama yang bermasalah. Dalam model, inilah peluang kesepakatan yang hampir putus (karena kepercayaan runtuh atau rugi bertahun-tahun) diselamatkan: kepercayaan dipulihkan dan kerja sama berlanjut. Bawaan: {default}.",
    "policies.disputeResolution.costPerCase": "Biaya per perkara sengketa",
    "policies.disputeResolution.costPerCase.help":
      "Biaya menangani satu kesepakatan yang bermasalah, baik berhasil diselamatkan maupun tidak. Bawaan: {default} per perkara.",

    "policies.capacityBuilding.increment": "Pelatihan dan pertukaran ASN",
    "policies.capacityBuilding.increment.help":
      "Pelatihan aparatur tentang manajemen proyek kerja sama, negosiasi, dan keuangan daerah, serta pertukaran ASN antardaerah. Dalam model, kapasitas kelembagaan (skala 0–1) setiap daerah di bawah ambang naik sebesar nilai ini setiap tahun; kapasitas menentukan berapa kesepakatan yang sanggup dikelola daerah dan seberapa patuh ia menjalankannya. Bawaan: {default}.",
    "policies.capacityBuilding.threshold": "Ambang kapasitas peserta pelatihan",
    "policies.capacityBuilding.threshold.help":
      "Hanya daerah dengan kapasitas kelembagaan di bawah ambang ini yang mengikuti program. Pada data provinsi bawaan, kapasitas awal berkisar dari 0,3 (daerah termiskin) hingga 0,9 (daerah terkaya). Bawaan: {default}.",
    "policies.capacityBuilding.costPerRegion": "Biaya pelatihan per daerah",
    "policies.capacityBuilding.costPerRegion.help":
      "Biaya tahunan per daerah peserta untuk kenaikan kapasitas 0,01; biaya naik sebanding dengan besarnya kenaikan. Bawaan: {default}.",

    "policies.incentiveFund.budget": "Dana Insentif kerja sama",
    "policies.incentiveFund.budget.help":
      "Dana dari pemerintah pusat atau provinsi yang memberi bonus kepada daerah yang menjalankan kerja sama antardaerah, serupa Dana Insentif Daerah. Dalam model, setiap daerah yang patuh menerima bonus untuk setiap kesepakatan aktif; bila klaim melampaui pagu, semua bonus dipotong sebanding. Nilai 0 berarti tidak ada dana. Bawaan: {default} per tahun.",
    "policies.incentiveFund.perAgreement": "Bonus per kesepakatan",
    "policies.incentiveFund.perAgreement.help":
      "Bonus tahunan yang diterima daerah untuk setiap kesepakatan aktif yang dijalankannya dengan patuh. Hanya berlaku bila pagu Dana Insentif lebih dari nol. Bawaan: {default}.",
    "policies.incentiveFund.favourPoor": "Utamakan daerah berpendapatan rendah",
    "policies.incentiveFund.favourPoor.help":
      "Bila aktif, bonus ditimbang menurut kebalikan PDRB per kapita daerah terhadap rata-rata nasional (paling kecil seperempat, paling besar empat kali lipat), sehingga daerah yang lebih miskin menerima lebih banyak. Bawaan: {default}.",
    "policies.ppp.investmentShare": "Porsi pembiayaan KPBU",
    "policies.ppp.investmentShare.help":
      "Kerja Sama Pemerintah dengan Badan Usaha (KPBU) untuk proyek yang memerlukan investasi awal, dalam model ini interkoneksi energi. Badan usaha membiayai porsi investasi ini sehingga APBD tidak terbebani selama pembangunan, lalu dibayar kembali beserta imbal hasilnya melalui pembayaran ketersediaan layanan. Bawaan: {default}.",
    "policies.ppp.premium": "Imbal hasil badan usaha",
    "policies.ppp.premium.help":
      "Imbal hasil yang diterima badan usaha atas porsi investasinya, dibayar sepanjang cakrawala perencanaan; membuat proyek lebih mahal, tetapi meringankan anggaran pada tahun-tahun awal. Bawaan: {default}.",
    "policies.ppp.costPerProject": "Biaya penyiapan proyek KPBU",
    "policies.ppp.costPerProject.help":
      "Biaya penyiapan setiap proyek KPBU (studi kelayakan, dokumen pengadaan), dibayar saat kesepakatan dibentuk. Bawaan: {default} per proyek.",
    "policies.benefitSharing.rule": "Pembagian manfaat",
    "policies.benefitSharing.rule.help":
      "Aturan pembagian manfaat bersama sebuah kesepakatan di antara kedua daerah, ditetapkan saat kesepakatan dibentuk: sebanding PDRB (keadaan tanpa aturan; daerah besar memperoleh lebih banyak), sama besar, atau berdasarkan kebutuhan (daerah dengan PDRB per kapita lebih rendah memperoleh lebih banyak). Tanpa biaya. Bawaan: {default}.",
    "option.benefitSharing.proportional": "Sebanding PDRB",
    "option.benefitSharing.equal": "Sama besar",
    "option.benefitSharing.needs": "Berdasarkan kebutuhan",

    "policies.facilitation.egoDamping": "Fasilitasi gubernur atau pemerintah pusat",
    "policies.facilitation.egoDamping.help":
      "Pemerintah provinsi atau pusat bertindak sebagai fasilitator dan mediator yang membuat terang siapa memperoleh apa. Dalam model, tingkat ini mengurangi pengaruh ego daerah pada keputusan menjalin dan memutus kerja sama (tidak pada kepatuhan); 100% menghapusnya sama sekali. Bawaan: {default}.",
    "policies.facilitation.costAtFullLevel": "Biaya fasilitasi penuh",
    "policies.facilitation.costAtFullLevel.help":
      "Anggaran tahunan fasilitasi dan mediasi pada tingkat penuh; biaya nyata sebanding dengan tingkatnya. Bawaan: {default} per tahun.",

    "policies.informationPlatform.level": "Sistem informasi kerja sama terpadu",
    "policies.informationPlatform.level.help":
      "Platform data dan sistem informasi geografis bersama yang dapat diakses semua daerah untuk mencari mitra, berbagi informasi, dan memantau kemajuan kerja sama. Dalam model, tingkat ini menambah peluang daerah menemukan mitra di luar tetangga terdekatnya dan menambah pengawasan, sehingga daerah lebih patuh. Bawaan: {default}.",
    "policies.informationPlatform.discoveryAtFullLevel": "Tambahan peluang menemukan mitra",
    "policies.informationPlatform.discoveryAtFullLevel.help":
      "Peluang tambahan bahwa sebuah daerah mengenali daerah lain mana pun sebagai calon mitra, bila platform berjalan penuh. Bawaan: {default}.",
    "policies.informationPlatform.monitoringAtFullLevel": "Tambahan pengawasan dari platform",
    "policies.informationPlatform.monitoringAtFullLevel.help":
      "Tingkat pengawasan yang ditambahkan platform bila berjalan penuh, dalam satuan yang sama dengan tingkat pengawasan. Bawaan: {default}.",
    "policies.informationPlatform.costAtFullLevel": "Biaya platform penuh",
    "policies.informationPlatform.costAtFullLevel.help":
      "Biaya tahunan membangun dan mengoperasikan platform pada tingkat penuh; biaya nyata sebanding dengan tingkatnya. Bawaan: {default} per tahun.",
    "policies.monitoring.level": "Akuntabilitas dan pengawasan",
    "policies.monitoring.level.help":
      "Indikator kinerja, pelaporan yang transparan, serta pengawasan pelaksanaan kerja sama oleh masyarakat sipil dan perguruan tinggi. Dalam model, tingkat pengawasan menaikkan peluang setiap daerah memenuhi kewajibannya; dengan bobot bawaan, tingkat 1 berpengaruh sama dengan kenaikan kapasitas dari 0 ke 1. Bawaan: {default}.",
    "policies.monitoring.costPerAgreement": "Biaya pengawasan per kesepakatan",
    "policies.monitoring.costPerAgreement.help":
      "Biaya tahunan mengawasi satu kesepakatan aktif pada tingkat pengawasan 1; biaya sebanding dengan tingkatnya. Bawaan: {default}.",

    "ego.mean": "Ego daerah (rata-rata)",
    "ego.mean.help":
      "Seberapa kuat daerah mengutamakan posisinya dibanding mitra ketimbang manfaat bersama: 0 hanya menghitung keuntungannya sendiri, 1 menolak setiap kesepakatan berbiaya yang lebih menguntungkan mitranya. Berlaku untuk semua daerah, kecuali kelompok pulau yang diatur tersendiri. Bawaan: {default}.",
    "ego.byGroup": "Ego daerah per kelompok pulau",
    "ego.byGroup.help":
      "Ego daerah untuk setiap kelompok pulau pada data wilayah yang dimuat, misalnya bila daerah-daerah di satu kelompok dinilai lebih mementingkan diri sendiri daripada di kelompok lain. Kelompok yang tidak diatur mengikuti nilai rata-rata.",
    "ego.byRegion": "Ego daerah per daerah",
    "ego.byRegion.help":
      "Ego daerah untuk satu daerah tertentu, misalnya kabupaten yang khawatir kalah bersaing dengan kota tetangganya. Daerah yang tidak diatur mengikuti ego kelompok pulaunya, atau rata-rata bila kelompoknya pun tidak diatur.",
    "ego.spread": "Keragaman ego antardaerah",
    "ego.spread.help":
      "Simpangan baku variasi acak ego setiap daerah di sekitar nilainya, ditarik sekali pada awal simulasi; 0 berarti semua daerah dalam satu kelompok sama egonya. Bawaan: {default}.",
    "learning.imitateEgo": "Ego ikut ditiru",
    "learning.imitateEgo.help":
      "Bila aktif, daerah yang meniru strategi daerah lain yang lebih berhasil juga meniru ego daerah itu, sehingga ego dapat berubah selama simulasi. Bawaan: {default}.",

    years: "Lama simulasi",
    "years.help": "Jumlah tahun yang disimulasikan sejak tahun data. Bawaan: {default}.",
    "economy.baseGrowth": "Pertumbuhan dasar",
    "economy.baseGrowth.help":
      "Pertumbuhan PDRB riil setiap daerah per tahun tanpa kerja sama, mendekati pertumbuhan ekonomi Indonesia sekitar 5% per tahun. Bawaan: {default}.",
    "economy.convergence": "Kecepatan konvergensi beta",
    "economy.convergence.help":
      "Seberapa cepat daerah miskin mengejar daerah kaya di luar pengaruh kerja sama: pertumbuhan daerah naik sebanding dengan seberapa jauh pendapatannya (dalam logaritma) di bawah rata-rata. Nilai 0 berarti tanpa konvergensi, sehingga tanpa kerja sama ketimpangan tetap. Bawaan: {default}.",
    "cooperation.budgetShare": "Anggaran kerja sama dari APBD",
    "cooperation.budgetShare.help":
      "Bagian PDRB yang dapat dibelanjakan daerah untuk kerja sama setiap tahun dari APBD; kesepakatan baru hanya terbentuk bila biaya tahun pertamanya masih tertampung. Bawaan: {default} dari PDRB.",
    "cooperation.friction": "Hambatan hukum dan kelembagaan",
    "cooperation.friction.help":
      "Bagian manfaat setiap kesepakatan yang hilang karena perizinan, pungutan, dan Perda yang saling bertentangan; harmonisasi Perda menguranginya. Asumsi tanpa sumber data. Bawaan: {default}.",
    "cooperation.transactionCost": "Biaya transaksi per kesepakatan",
    "cooperation.transactionCost.help":
      "Biaya hukum dan kelembagaan tahunan yang ditanggung setiap pihak dalam satu kesepakatan (penyusunan perjanjian, perizinan, pelaporan); harmonisasi Perda menguranginya. Bawaan: {default} per pihak per tahun.",
    "cooperation.coordinationCost": "Biaya koordinasi",
    "cooperation.coordinationCost.help":
      "Biaya rapat dan koordinasi antarperangkat daerah per kesepakatan per tahun, yang membengkak bila daerah menjalankan banyak kesepakatan dengan kapasitas terbatas; badan kerja sama menguranginya. Bawaan: {default}.",
    "cooperation.maxAgreements": "Batas kesepakatan per daerah",
    "cooperation.maxAgreements.help":
      "Jumlah kesepakatan yang dapat dijalankan sekaligus oleh daerah berkapasitas penuh; daerah lain sebanding dengan kapasitasnya (kapasitas 0,5 berarti separuhnya). Bawaan: {default}.",
    "cooperation.initialTrust": "Kepercayaan awal",
    "cooperation.initialTrust.help":
      "Kepercayaan antara dua daerah yang belum pernah bermitra, dari 0 (tidak percaya) hingga 1 (percaya penuh). Kepercayaan lalu naik bila mitra patuh dan turun bila mitra mangkir. Bawaan: {default}.",
    "cooperation.discovery": "Peluang menemukan mitra jauh",
    "cooperation.discovery.help":
      "Peluang sebuah daerah yang sedang mencari mitra mengenali daerah lain mana pun, di luar tetangga terdekatnya, sebagai calon mitra; sistem informasi terpadu menambahnya. Bawaan: {default}.",
    "cooperation.planningHorizon": "Cakrawala perencanaan",
    "cooperation.planningHorizon.help":
      "Jangka waktu yang dipakai daerah untuk menimbang investasi awal terhadap manfaat tahunan, sekaligus jangka pelunasan KPBU. Bawaan: {default}.",
    "cooperation.propensity.trade": "Kecenderungan awal bermitra: perdagangan",
    "cooperation.propensity.trade.help":
      "Peluang awal setiap daerah mencari mitra baru di bidang perdagangan dan investasi dalam setahun; selanjutnya berubah karena daerah meniru daerah yang lebih berhasil. Bawaan: {default}.",
    "cooperation.propensity.tourism": "Kecenderungan awal bermitra: pariwisata",
    "cooperation.propensity.tourism.help":
      "Peluang awal setiap daerah mencari mitra baru untuk paket dan promosi wisata bersama dalam setahun; selanjutnya berubah karena daerah meniru daerah yang lebih berhasil. Bawaan: {default}.",
    "cooperation.propensity.food": "Kecenderungan awal bermitra: pangan",
    "cooperation.propensity.food.help":
      "Peluang awal setiap daerah mencari mitra baru untuk ketahanan pangan (pasokan, lumbung pangan regional) dalam setahun; selanjutnya berubah karena daerah meniru daerah yang lebih berhasil. Bawaan: {default}.",
    "cooperation.propensity.energy": "Kecenderungan awal bermitra: energi",
    "cooperation.propensity.energy.help":
      "Peluang awal setiap daerah mencari mitra baru untuk interkoneksi dan ketahanan energi dalam setahun; selanjutnya berubah karena daerah meniru daerah yang lebih berhasil. Bawaan: {default}.",
    "economy.capacitySpillover": "Transfer pengetahuan antarmitra",
    "economy.capacitySpillover.help":
      "Bagian selisih kapasitas yang ditutup setiap tahun oleh mitra yang lebih lemah dalam setiap kesepakatan yang berjalan, karena belajar dari mitranya. Bawaan: {default}.",
    "domains.energy.investmentYears": "Investasi awal interkoneksi energi",
    "domains.energy.investmentYears.help":
      "Investasi awal kesepakatan energi, sebagai kelipatan manfaat bersamanya per tahun, yang dibayar selama masa pembangunan. Makin besar, makin jarang kesepakatan energi tertampung dalam anggaran tanpa KPBU. Bawaan: {default} kali.",
    "distance.seaFactor": "Faktor penyeberangan laut",
    "distance.seaFactor.help":
      "Pengali jarak antara daerah di kelompok pulau yang berbeda, karena menyeberangi laut lebih mahal daripada menempuh jarak yang sama di darat. Asumsi tanpa sumber data. Bawaan: {default}.",
    "learning.rule": "Cara daerah belajar",
    "learning.rule.help":
      "Bagaimana daerah menyesuaikan kecenderungannya mencari mitra: meniru daerah lain yang lebih berhasil (aturan Fermi), menilai hasilnya sendiri terhadap target (aspirasi Bush–Mosteller), atau tidak berubah sama sekali. Bawaan: {default}.",
    "option.learning.fermi": "Meniru daerah yang lebih berhasil",
    "option.learning.aspiration": "Menilai hasil sendiri",
    "option.learning.none": "Tidak belajar",

    "value.on": "Aktif",
    "value.off": "Tidak aktif",
    "value.none": "Tidak ada",
    "value.allGroups": "Semua kelompok pulau",
    "value.inherit": "Mengikuti rata-rata",
    "value.years": "{n} tahun",
    "value.oneYear": "{n} tahun",
    "control.allGroups": "Semua kelompok pulau (satu badan per kelompok)",
    "control.inherit": "Ikuti rata-rata",
    "control.details": "Rincian dan asumsi biaya",
    "control.reset": "Kembalikan ke nilai bawaan",
    "control.default": "Bawaan: {value}",
    "control.from": "Berlaku mulai tahun ke-",
    "control.until": "Berlaku sampai tahun ke-",
    "control.untilEnd": "Sampai akhir simulasi",
    "control.timing.help":
      "Tahun simulasi ketika kebijakan berlaku, dihitung dari 1 (tahun pertama setelah tahun data). Biarkan batas akhir kosong agar kebijakan berlaku sampai akhir simulasi.",
  },
  en: {
    "group.regulation": "Regulation and institutions",
    "group.regulation.help":
      "Strengthening the regulatory and institutional framework: harmonising regional regulations (Perda), setting up cooperation bodies, and dispute-resolution mechanisms agreed from the start.",
    "group.capacity": "Human resource capacity",
    "group.capacity.help":
      "Raising the capacity and quality of regional officials: continuous training, exchanges of civil servants (ASN) between regions, and support from experts.",
    "group.financing": "Financing and incentives",
    "group.financing.help":
      "Innovative financing and budget allocation: incentive funds from the central or provincial government, public–private partnership (KPBU), and a fair sharing of burdens and benefits.",
    "group.coordination": "Coordination and leadership",
    "group.coordination.help":
      "Stronger coordination and leadership: the province or central government as facilitator and mediator, putting regional interests above narrow local ones.",
    "group.participation": "Participation, technology and data",
    "group.participation.help":
      "Involving all stakeholders and using technology and data: an integrated information system to find partners and track progress, and oversight by civil society and universities.",
    "group.ego": "Regional ego",
    "group.ego.help":
      "Regions' tendency to put their own territory first and refuse cooperation that benefits the partner more, overall and per island group.",
    "group.model": "Run settings and model assumptions",
    "group.model.help":
      "Length of the run and the model's basic assumptions: growth, cooperation budgets and costs, trust, and the propensity to seek partners. Most values are assumptions worth testing for sensitivity.",

    "policies.harmonisation.level": "Harmonising regional regulations (Perda)",
    "policies.harmonisation.level.help":
      "Aligning regional regulations (Perda) on permits, levies and spatial planning so that they stop obstructing each other. In the model this level cuts, by the same share, each agreement's transaction cost and the share of its gain lost to legal and institutional friction; 100% removes both. Default: {default}.",
    "policies.harmonisation.costAtFullLevel": "Cost of full harmonisation",
    "policies.harmonisation.costAtFullLevel.help":
      "Yearly central budget for complete harmonisation (reviews, legislative support, forums between regional legislatures); the actual cost scales with the harmonisation level. An assumption without a sourced value. Default: {default} a year.",
    "policies.regionalBody.members": "Regional cooperation body",
    "policies.regionalBody.members.help":
      "A regional cooperation body or joint secretariat (such as a BKSPR) in the chosen island groups, one body per group. In the model, members always consider each other as candidate partners and bear lower coordination costs with each other, but each member pays a yearly fee. Default: {default}.",
    "policies.regionalBody.coordinationCostReduction": "Coordination cost saved by the body",
    "policies.regionalBody.coordinationCostReduction.help":
      "Share of the coordination cost between members saved because a joint secretariat handles meetings, documents and follow-up. Default: {default}.",
    "policies.regionalBody.feePerMember": "Membership fee",
    "policies.regionalBody.feePerMember.help":
      "Yearly contribution of each member region to run the body, deducted from that region's GRDP. Default: {default} per region a year.",
    "policies.disputeResolution.repairShare": "Dispute-resolution mechanism",
    "policies.disputeResolution.repairShare.help":
      "A mechanism agreed at the outset (mediation, arbitration, the governor's facilitation) for cooperation in trouble. In the model it is the chance that a failing agreement (trust has collapsed or losses have persisted) is rescued: trust is restored and the cooperation continues. Default: {default}.",
    "policies.disputeResolution.costPerCase": "Cost per dispute",
    "policies.disputeResolution.costPerCase.help":
      "Cost of handling one failing agreement, whether or not it is rescued. Default: {default} per case.",

    "policies.capacityBuilding.increment": "Civil-servant training and exchange",
    "policies.capacityBuilding.increment.help":
      "Training regional officials in managing cooperation projects, negotiation and regional finance, and exchanging civil servants (ASN) between regions. In the model the institutional capacity (0–1 scale) of every region below the threshold rises by this amount each year; capacity sets how many agreements a region can manage and how reliably it honours them. Default: {default}.",
    "policies.capacityBuilding.threshold": "Capacity threshold for training",
    "policies.capacityBuilding.threshold.help":
      "Only regions whose institutional capacity is below this threshold take part. In the default provincial data, starting capacity ranges from 0.3 (poorest region) to 0.9 (richest). Default: {default}.",
    "policies.capacityBuilding.costPerRegion": "Training cost per region",
    "policies.capacityBuilding.costPerRegion.help":
      "Yearly cost per participating region for a capacity gain of 0.01; the cost rises in proportion to the gain. Default: {default}.",

    "policies.incentiveFund.budget": "Cooperation incentive fund",
    "policies.incentiveFund.budget.help":
      "A central or provincial fund that rewards regions for inter-regional cooperation, like the regional incentive fund (Dana Insentif Daerah). In the model every complying region receives a bonus for each active agreement; when claims exceed the budget, all bonuses are cut pro rata. 0 means no fund. Default: {default} a year.",
    "policies.incentiveFund.perAgreement": "Bonus per agreement",
    "policies.incentiveFund.perAgreement.help":
      "Yearly bonus a region receives for each active agreement it honours. Applies only when the incentive fund's budget is above zero. Default: {default}.",
    "policies.incentiveFund.favourPoor": "Favour lower-income regions",
    "policies.incentiveFund.favourPoor.help":
      "When on, bonuses are weighted by the inverse of the region's GRDP per capita relative to the national mean (at least a quarter, at most four times), so poorer regions receive more. Default: {default}.",
    "policies.ppp.investmentShare": "Share financed through PPP (KPBU)",
    "policies.ppp.investmentShare.help":
      "Public–private partnership (KPBU) for projects that need an up-front investment, in this model energy interconnections. A business entity finances this share of the investment, so regional budgets (APBD) are spared during construction, and is repaid with its return through availability payments. Default: {default}.",
    "policies.ppp.premium": "Return to the private partner",
    "policies.ppp.premium.help":
      "Return the business entity earns on its share of the investment, repaid over the planning horizon; it makes a project dearer but eases the budget in the early years. Default: {default}.",
    "policies.ppp.costPerProject": "Preparation cost per PPP project",
    "policies.ppp.costPerProject.help":
      "Preparation cost of each KPBU project (feasibility study, procurement documents), paid when the agreement is formed. Default: {default} per project.",
    "policies.benefitSharing.rule": "Benefit sharing",
    "policies.benefitSharing.rule.help":
      "How an agreement's joint gain is split between the two regions, fixed when it is signed: in proportion to GRDP (what happens without a rule: the larger region gets more), in equal halves, or by need (the region with the lower GRDP per capita gets more). No cost. Default: {default}.",
    "option.benefitSharing.proportional": "In proportion to GRDP",
    "option.benefitSharing.equal": "Equal halves",
    "option.benefitSharing.needs": "By need",

    "policies.facilitation.egoDamping": "Facilitation by the governor or central government",
    "policies.facilitation.egoDamping.help":
      "The province or central government acts as facilitator and mediator, making clear who gains what. In the model this level reduces the weight of regional ego in decisions to start and to break off cooperation (not in compliance); 100% removes it entirely. Default: {default}.",
    "policies.facilitation.costAtFullLevel": "Cost of full facilitation",
    "policies.facilitation.costAtFullLevel.help":
      "Yearly cost of facilitation and mediation at full level; the actual cost scales with the level. Default: {default} a year.",

    "policies.informationPlatform.level": "Integrated cooperation information system",
    "policies.informationPlatform.level.help":
      "A shared data platform and geographic information system that every region can use to find partners, share information and track the progress of cooperation. In the model this level raises the chance of finding partners beyond the nearest neighbours and adds monitoring, so regions honour agreements more often. Default: {default}.",
    "policies.informationPlatform.discoveryAtFullLevel": "Added chance of finding partners",
    "policies.informationPlatform.discoveryAtFullLevel.help":
      "Additional chance that a region notices any other region as a candidate partner when the platform runs at full level. Default: {default}.",
    "policies.informationPlatform.monitoringAtFullLevel": "Monitoring added by the platform",
    "policies.informationPlatform.monitoringAtFullLevel.help":
      "Monitoring the platform adds when it runs at full level, in the same units as the monitoring level. Default: {default}.",
    "policies.informationPlatform.costAtFullLevel": "Cost of the full platform",
    "policies.informationPlatform.costAtFullLevel.help":
      "Yearly cost of building and running the platform at full level; the actual cost scales with the level. Default: {default} a year.",
    "policies.monitoring.level": "Accountability and monitoring",
    "policies.monitoring.level.help":
      "Performance indicators, transparent reporting, and oversight of cooperation by civil society and universities. In the model the monitoring level raises every region's chance of meeting its obligations; with the default weights, a level of 1 has the same effect as raising capacity from 0 to 1. Default: {default}.",
    "policies.monitoring.costPerAgreement": "Monitoring cost per agreement",
    "policies.monitoring.costPerAgreement.help":
      "Yearly cost of monitoring one active agreement at monitoring level 1; the cost scales with the level. Default: {default}.",

    "ego.mean": "Regional ego (mean)",
    "ego.mean.help":
      "How strongly regions put their position relative to the partner before the joint benefit: 0 counts only its own gain, 1 refuses every costly deal that benefits the partner more. Applies to every region except island groups set separately. Default: {default}.",
    "ego.byGroup": "Regional ego by island group",
    "ego.byGroup.help":
      "Regional ego for each island group of the loaded world, for instance when the regions of one group are judged more self-centred than those of another. Groups left unset follow the mean.",
    "ego.byRegion": "Regional ego of each region",
    "ego.byRegion.help":
      "The regional ego of one particular region, for instance a regency that fears losing out to the neighbouring city. A region left unset follows its island group's ego, or the mean when its group is not set either.",
    "ego.spread": "Spread of ego across regions",
    "ego.spread.help":
      "Standard deviation of a random variation of each region's ego around its value, drawn once at the start of the run; 0 means every region in a group has the same ego. Default: {default}.",
    "learning.imitateEgo": "Ego is imitated too",
    "learning.imitateEgo.help":
      "When on, a region that copies the strategy of a more successful region also copies that region's ego, so ego can change during the run. Default: {default}.",

    years: "Years to simulate",
    "years.help": "Number of years simulated from the data year. Default: {default}.",
    "economy.baseGrowth": "Base growth",
    "economy.baseGrowth.help":
      "Yearly real GRDP growth of every region without cooperation, close to Indonesia's growth of about 5% a year. Default: {default}.",
    "economy.convergence": "Speed of beta convergence",
    "economy.convergence.help":
      "How fast poor regions catch up with rich ones apart from cooperation: a region's growth rises with how far its income (in logs) lies below the mean. 0 means no convergence, so without cooperation disparity stays flat. Default: {default}.",
    "cooperation.budgetShare": "Cooperation budget from the APBD",
    "cooperation.budgetShare.help":
      "Share of GRDP a region can spend on cooperation each year from its budget (APBD); a new agreement forms only if its first-year cost still fits. Default: {default} of GRDP.",
    "cooperation.friction": "Legal and institutional friction",
    "cooperation.friction.help":
      "Share of every agreement's gain lost to permits, levies and conflicting regional regulations; harmonisation reduces it. An assumption without a sourced value. Default: {default}.",
    "cooperation.transactionCost": "Transaction cost per agreement",
    "cooperation.transactionCost.help":
      "Yearly legal and institutional cost each party bears per agreement (drafting, permits, reporting); harmonisation reduces it. Default: {default} per party a year.",
    "cooperation.coordinationCost": "Coordination cost",
    "cooperation.coordinationCost.help":
      "Yearly cost of meetings and coordination between regional agencies per agreement, which swells when a region runs many agreements with little capacity; a regional body reduces it. Default: {default}.",
    "cooperation.maxAgreements": "Agreement limit per region",
    "cooperation.maxAgreements.help":
      "Agreements a region of full capacity can run at once; other regions in proportion to their capacity (capacity 0.5 means half as many). Default: {default}.",
    "cooperation.initialTrust": "Initial trust",
    "cooperation.initialTrust.help":
      "Trust between two regions that have never been partners, from 0 (none) to 1 (full). Trust then rises when the partner honours the agreement and falls when it shirks. Default: {default}.",
    "cooperation.discovery": "Chance of finding distant partners",
    "cooperation.discovery.help":
      "Chance that a region looking for partners notices any other region beyond its nearest neighbours as a candidate; an integrated information system raises it. Default: {default}.",
    "cooperation.planningHorizon": "Planning horizon",
    "cooperation.planningHorizon.help":
      "Period over which a region weighs an up-front investment against yearly gains, and over which KPBU is repaid. Default: {default}.",
    "cooperation.propensity.trade": "Initial propensity to cooperate: trade",
    "cooperation.propensity.trade.help":
      "Starting yearly chance that a region looks for a new trade and investment partner; it then changes as regions imitate more successful ones. Default: {default}.",
    "cooperation.propensity.tourism": "Initial propensity to cooperate: tourism",
    "cooperation.propensity.tourism.help":
      "Starting yearly chance that a region looks for a new partner for joint tourism packages and promotion; it then changes as regions imitate more successful ones. Default: {default}.",
    "cooperation.propensity.food": "Initial propensity to cooperate: food",
    "cooperation.propensity.food.help":
      "Starting yearly chance that a region looks for a new food-security partner (supply, regional food reserves); it then changes as regions imitate more successful ones. Default: {default}.",
    "cooperation.propensity.energy": "Initial propensity to cooperate: energy",
    "cooperation.propensity.energy.help":
      "Starting yearly chance that a region looks for a new partner for energy interconnection and security; it then changes as regions imitate more successful ones. Default: {default}.",
    "economy.capacitySpillover": "Knowledge transfer between partners",
    "economy.capacitySpillover.help":
      "Share of the capacity gap the weaker partner closes each year in every running agreement, by learning from its partner. Default: {default}.",
    "domains.energy.investmentYears": "Up-front investment in energy interconnection",
    "domains.energy.investmentYears.help":
      "Up-front investment of an energy agreement, as a multiple of its yearly joint gain, paid during construction. The larger it is, the more rarely energy deals fit regional budgets without KPBU. Default: {default} times.",
    "distance.seaFactor": "Sea-crossing factor",
    "distance.seaFactor.help":
      "Distance multiplier between regions in different island groups, since crossing the sea costs more than covering the same distance over land. An assumption without a sourced value. Default: {default}.",
    "learning.rule": "How regions learn",
    "learning.rule.help":
      "How regions adapt their propensity to seek partners: by imitating more successful regions (Fermi rule), by judging their own results against an aspiration level (Bush–Mosteller), or not at all. Default: {default}.",
    "option.learning.fermi": "Imitate more successful regions",
    "option.learning.aspiration": "Judge own results",
    "option.learning.none": "No learning",

    "value.on": "On",
    "value.off": "Off",
    "value.none": "None",
    "value.allGroups": "All island groups",
    "value.inherit": "Follows the mean",
    "value.years": "{n} years",
    "value.oneYear": "{n} year",
    "control.allGroups": "All island groups (one body each)",
    "control.inherit": "Use the mean",
    "control.details": "Details and cost assumptions",
    "control.reset": "Reset to default",
    "control.default": "Default: {value}",
    "control.from": "In force from simulated year",
    "control.until": "In force until simulated year",
    "control.untilEnd": "Until the end of the run",
    "control.timing.help":
      "Simulated years in which the policy is in force, counted from 1 (the first year after the data year). Leave the end empty to keep the policy in force to the end of the run.",
  },
});

export type LeverTextKey = (typeof leverText.keys)[number];
